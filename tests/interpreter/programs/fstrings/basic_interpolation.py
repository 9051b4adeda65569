name, age = 'Ann', 31
print(f'{name} is {age}')
print(f"{name!r} {name!s} {name!a}")
print(f'{age + 1} {age * 2} {age // 7}')
print(f'{{literal braces}} {{{age}}}')
items = ['x', 'y']
d = {'k': 'v'}
print(f'{items[0]} {d["k"]} {len(items)}')
print(f'{"nested quotes"} {"double" if age else 0}')
print(f'{name.upper()} {name[::-1]} {name:>6}|')
print(F'upper F {age}', rf'raw \n {age}', fr'{name}\t')
x = 3.14159
print(f'{x:.2f} {x:10.3f}| {x:<10.1f}| {x:e} {x:.0f}')
tab = 'tab\there'
print(f'{"é"!a} {tab!r} {tab}')
print(f'')
print(f'{None} {True} {[1, 2]} {(1,)}')
multi = f'''line {1}
line {1 + 1}'''
print(multi)
