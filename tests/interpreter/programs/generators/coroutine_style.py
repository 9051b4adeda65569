def averager():
    total = count = 0
    avg = None
    while True:
        term = yield avg
        if term is None:
            return (count, avg)
        total += term
        count += 1
        avg = total / count

def grouper(results, key):
    while True:
        results[key] = yield from averager()

data = {'girls;kg': [40.9, 38.5, 44.3], 'boys;m': [1.38, 1.5, 1.32, 1.25]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for k, (count, avg) in sorted(results.items()):
    print(f'{count:2} {k:10} averaging {avg:.2f}')

def printer(prefix):
    while True:
        line = yield
        print(prefix + line)

p = printer('>> ')
next(p)
for line in ['a', 'b']:
    p.send(line)
