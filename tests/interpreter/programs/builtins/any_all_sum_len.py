print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
checked = []

def pred(x):
    checked.append(x)
    return x > 2

print(any(pred(x) for x in range(10)), checked)
checked.clear()
print(all(pred(x) for x in [5, 4, 1, 7]), checked)
print(len('héllo'), len([1, [2, 3]]), len({'a': 1}), len(range(0, 10, 3)), len(b'\x00\x01'))
print(sum([]), sum([], 0.0), sum((1.5, 2.5)), sum([True, True, False]))
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
print(len(range(10, 0, -3)), list(range(10, 0, -3)), range(5)[-1], range(0, 20, 5)[1:3])
r = range(3, 15, 4)
print(r.start, r.stop, r.step, r.index(11), r.count(7), 7 in r, list(r))
try:
    range(1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
