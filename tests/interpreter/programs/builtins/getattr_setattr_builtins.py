class Obj:
    a = 1

o = Obj()
print(getattr(o, 'a'), getattr(o, 'b', 'dflt'), hasattr(o, 'a'), hasattr(o, 'b'))
setattr(o, 'b', 2)
print(o.b, vars(o))
delattr(o, 'b')
print(hasattr(o, 'b'))
try:
    getattr(o, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr([1, 2], 'count')(1), getattr('abc', 'upper')())
print(sorted(n for n in dir(o) if not n.startswith('_')))
print('append' in dir([]), 'keys' in dir({}))
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
