data = [('pear', 3), ('apple', 7), ('fig', 3), ('kiwi', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: -len(t[0])))
print(min(data, key=lambda t: t[1]), max(data, key=lambda t: t[1]))
print(min([3, 1, 2]), max('hello'), min(4, 2, 8), max(4, 2, 8, key=lambda v: -v))
print(max([], default='none'), min([], key=len, default=0))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([[2], [1, 9]]))
print(sorted('Banana'), sorted('Banana', key=str.lower), sorted([3, 1, 2], reverse=True))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
lst = [5, 2, 9]
res = lst.sort()
print(res, lst, sorted(lst) is lst)
