def parse(cmd):
    match cmd.split():
        case ['go', direction]:
            return f'going {direction}'
        case ['go', *rest] if rest:
            return f'too many directions: {rest}'
        case ['pick', 'up', item] | ['take', item]:
            return f'taking {item}'
        case ['drop', *items]:
            return f'dropping {len(items)} items: {items}'
        case [('look' | 'examine') as verb]:
            return f'{verb}ing around'
        case [*_, 'please']:
            return 'polite request'
        case []:
            return 'nothing'
        case _:
            return f'unknown: {cmd!r}'

for c in ['go north', 'go north east', 'pick up lamp', 'take key', 'drop a b c', 'drop',
          'look', 'examine', 'sing please', '', 'dance']:
    print(parse(c))
match (1, (2, 3), [4, [5]]):
    case (a, (b, c), [d, [e]]):
        print(a + b + c + d + e)
match 'abc':
    case [a, b, c]:
        print('strings are not sequences here')
    case str() as s:
        print('string matched as str', s)
