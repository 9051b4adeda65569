for i in range(3):
    pass
print('after loop', i)
squares = [j * j for j in range(4)]
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
funcs = []
for k in range(3):
    funcs.append(lambda: k)
print([f() for f in funcs])
funcs = [lambda k=k: k for k in range(3)]
print([f() for f in funcs])
try:
    raise ValueError('x')
except ValueError as err:
    pass
try:
    print(err)
except NameError as e:
    print(type(e).__name__, e)
with_target = None
for with_target in []:
    pass
print(with_target)
while False:
    never = 1
print('never' in dir())
