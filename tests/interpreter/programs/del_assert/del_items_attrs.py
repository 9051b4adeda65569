d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[10]
except IndexError as e:
    print(type(e).__name__, e)

class P:
    cls_attr = 'c'
    def __init__(self):
        self.x = 1
        self.y = 2

p = P()
del p.x
print(hasattr(p, 'x'), p.y, vars(p))
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del P.cls_attr
print(hasattr(P, 'cls_attr'))
nested = {'k': [1, {'z': 0, 'w': 1}]}
del nested['k'][1]['z'], nested['k'][0]
print(nested)
