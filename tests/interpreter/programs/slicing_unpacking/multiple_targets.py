a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
lst = [0, 1, 2]
i = 0
i = lst[i] = 2
print(i, lst)
d = {}
d['a'] = d['b'] = len(d)
print(d)
p, q = r = 1, 2
print(p, q, r)
m, *n = o = 'abc'
print(m, n, o)

class O:
    pass

obj = O()
obj.x = obj.y = 'v'
print(obj.x, obj.y)
t = u = (1, 2)
print(t is u)
