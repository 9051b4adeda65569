log = []

def source(n):
    for i in range(n):
        log.append(f'src{i}')
        yield i

def transform(it):
    for x in it:
        log.append(f'tr{x}')
        yield x * 10

pipeline = map(lambda v: v + 1, filter(lambda v: v % 20 == 0, transform(source(5))))
print(log)
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
log.clear()
z = zip(source(3), transform(source(2)))
print(list(z))
print(log)
