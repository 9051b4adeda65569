def classify(x):
    match x:
        case 'red' | 'green' | 'blue' as color:
            return f'primary light {color}'
        case (0 | 1) as bit:
            return f'bit {bit}'
        case [('a' | 'b') as first, *rest] as whole:
            return f'starts {first}, rest {rest}, whole {whole}'
        case {'k': (1 | 2) as v}:
            return f'k is {v}'
        case (int() | float()) as num if num > 100:
            return f'big number {num}'
        case _:
            return 'nothing'

for v in ['red', 'blue', 0, 1, ['a', 1, 2], ['b'], ['c'], {'k': 2}, {'k': 3}, 500, 5.5e3, 50]:
    print(repr(v), '->', classify(v))
