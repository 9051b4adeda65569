def split_ends(seq):
    match seq:
        case [only]:
            return f'only={only}'
        case [first, *middle, last]:
            return f'first={first} middle={middle} last={last}'
        case _:
            return 'empty'

for s in [[1], [1, 2], [1, 2, 3, 4], (), range(5), 'ab']:
    print(split_ends(s))

def starts(seq):
    match seq:
        case [0, 0, *_]:
            return 'two zeros'
        case [*_, 9, 9]:
            return 'ends with nines'
        case [_, _, _]:
            return 'three items'
    return 'no match'

for s in [[0, 0, 1], [1, 9, 9], [1, 2, 3], [1]]:
    print(s, starts(s))
match {'a': 1, 'b': 2, 'c': 3}:
    case {'a': 1, **others}:
        print('others', others)
