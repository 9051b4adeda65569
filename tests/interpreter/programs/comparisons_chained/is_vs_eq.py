a = [1, 2]
b = a[:]
print(a == b, a is b)
c = a
c.append(3)
print(a, a is c)
t1 = (1, 2)
t2 = t1
print(t1 is t2)

class Always:
    def __eq__(self, other):
        return True

x = Always()
print(x == 5, x == None, x is None)
lst = [Always()]
print(5 in lst, lst.count(5), lst.index(7))
print(None in [Always()])
nan = float('nan')
print(nan in [nan], [nan] == [nan], nan == nan)
print(nan is nan)
print([x for x in [1, None, 0, False] if x is not None])
print([x for x in [1, None, 0, False] if x != None])
print(type(1) is int, type(True) is int, isinstance(True, int))
