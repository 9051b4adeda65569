def show(value):
    match value:
        case []:
            return 'empty list'
        case [x]:
            return f'one item {x}'
        case [x, y]:
            return f'pair {x},{y}'
        case [first, *_]:
            return f'starts with {first}'
        case other:
            return f'captured {other!r}'

for v in [[], [1], (1, 2), [1, 2, 3], 'str', 42, range(2)]:
    print(show(v))
match 5:
    case n if n > 3:
        print('bound n =', n)
match 'text':
    case _:
        print('wildcard matched')
x = 'unchanged'
match [1, 2]:
    case [x, 3]:
        print('no')
    case _:
        pass
print('x after failed match:', x)
