def count_up(n):
    print('start')
    i = 0
    while i < n:
        yield i
        i += 1
    print('end')

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(count_up(2)))
for v in count_up(2):
    print('loop', v)

def empty():
    return
    yield

print(list(empty()))

def one_shot():
    yield 'a'
    return 'ret'

it = one_shot()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('returned', e.value, e.args)
