def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'

print([sign(v) for v in (-3, 0, 7)])
x = 5
print('odd' if x % 2 else 'even')
print((lambda: 'a')() if x else 'b')
values = [1, None, 3]
print([v if v is not None else 0 for v in values])

def noisy(tag, v):
    print('eval', tag)
    return v

r = noisy('a', 1) if noisy('cond', False) else noisy('b', 2)
print(r)
print(1 if [] else 2 if {} else 3 if () else 4)
label = f"{'big' if x > 3 else 'small'}"
print(label)
print(max(1, 2) if x else min(1, 2))
nested = [['x' if i == j else '.' for j in range(3)] for i in range(3)]
for row in nested:
    print(''.join(row))
