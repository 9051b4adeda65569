from contextlib import closing
log = []

def resource(name):
    log.append(f'open {name}')
    try:
        for i in range(3):
            log.append(f'{name} yields {i}')
            yield i
    finally:
        log.append(f'close {name}')

with closing(resource('A')) as res:
    for v in res:
        if v == 1:
            break
    log.append('loop left, generator still suspended')
gen = resource('B')
for v in gen:
    if v == 0:
        break
gen.close()
print('\n'.join(log))
log.clear()

def with_return():
    try:
        yield 1
        return 'value'
    finally:
        log.append('finally before StopIteration')

w = with_return()
next(w)
try:
    next(w)
except StopIteration as e:
    log.append(f'stop value {e.value}')
print(log)
