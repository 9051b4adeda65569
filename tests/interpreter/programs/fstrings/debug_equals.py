x = 10
name = 'Ann'
items = [1, 2]
print(f'{x=}')
print(f'{x = }')
print(f'{name=}')
print(f'{name=!s}')
print(f'{x*2=}')
print(f'{x + 1 = }')
print(f'{items[0]=} {len(items)=}')
print(f'{3.14159=:.2f}')
print(f'{name.upper()=}')
print(f'{x=:>5}|')
print(f'{x = !r:>6}|')
d = {'a': 1}
print(f'{d["a"]=}')
