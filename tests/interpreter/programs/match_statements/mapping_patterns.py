def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return f'click at {x},{y}'
        case {'type': 'key', 'key': str(k), **rest}:
            return f'key {k} extras={rest}'
        case {'type': 'scroll', 'delta': int() | float() as d} if d != 0:
            return f'scroll {d}'
        case {'type': t}:
            return f'unhandled type {t}'
        case {}:
            return 'empty or no type'
        case _:
            return 'not a mapping'

events = [
    {'type': 'click', 'pos': (3, 4), 'extra': 1},
    {'type': 'key', 'key': 'a', 'shift': True, 'ctrl': False},
    {'type': 'key', 'key': 5},
    {'type': 'scroll', 'delta': 2.5},
    {'type': 'scroll', 'delta': 0},
    {'other': 1},
    {},
    [('type', 'click')],
]
for e in events:
    print(handle(e))
from collections import OrderedDict, defaultdict
print(handle(OrderedDict(type='click', pos=[1, 2])))
print(handle(defaultdict(int, type='x')))
