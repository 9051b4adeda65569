log = []

def src(name, n):
    for i in range(n):
        log.append(f'{name}{i}')
        yield i

result = [(a, b) for a in src('A', 2) for b in src('B', 2)]
print(result)
print(log)
log.clear()
gen = ((a, b) for a in src('X', 2) for b in src('Y', 1))
print(log)
print(next(gen), log)
print(list(gen), log)
log.clear()
d = {log.append(f'k{k}') or k: log.append(f'v{k}') or k * 2 for k in range(2)}
print(d, log)
