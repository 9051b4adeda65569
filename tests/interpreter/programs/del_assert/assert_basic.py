assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print(e.args[0])

def check(n):
    assert isinstance(n, int), f'expected int, got {type(n).__name__}'
    assert n >= 0, n
    return n * 2

for v in [3, -1, 'x', 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print('failed:', e)
count = 0

def side():
    global count
    count += 1
    return 'msg'

assert True, side()
print('count', count)
try:
    assert 0, side()
except AssertionError as e:
    print(e, count)
