lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
tup = (1, 2)
alias_t = tup
tup += (3,)
print(tup, alias_t, tup is alias_t)
s = 'ab'
s *= 3
print(s)
d = {'k': 1}
d['k'] += 10
d['k'] *= 2
print(d)
m = [[1], [2]]
m[0] += [5]
m[1] *= 3
print(m)

class Box:
    def __init__(self):
        self.v = 1

b = Box()
b.v += 4
b.v <<= 2
print(b.v)
x = 10
x /= 4
print(x, type(x).__name__)
x = 10
x //= 4
print(x, type(x).__name__)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
print(st)
