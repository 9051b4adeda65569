d = {i: i * i for i in range(8)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
lst = list(range(10))
for i in range(len(lst) - 1, -1, -1):
    if lst[i] % 3 == 0:
        del lst[i]
print(lst)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
stack = [1, 2, 3]
while stack:
    top = stack[-1]
    del stack[-1]
    print('popped', top)
m = [[1, 2], [3, 4]]
del m[0][0]
print(m)
