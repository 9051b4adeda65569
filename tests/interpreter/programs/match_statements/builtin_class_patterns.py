def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(n) if n < 0:
            return f'negative int {n}'
        case int(n):
            return f'int {n}'
        case float(f):
            return f'float {f}'
        case str(s) if not s:
            return 'empty str'
        case str(s):
            return f'str of len {len(s)}'
        case list([int(), *_]):
            return 'list starting with int'
        case list() | tuple():
            return 'other sequence'
        case dict(d):
            return f'dict with {len(d)} keys'
        case None:
            return 'None'
        case _:
            return type(v).__name__

for v in [True, -3, 7, 1.5, '', 'abc', [1, 'a'], ['a'], (), {'a': 1}, None, {1}, b'x']:
    print(repr(v), '->', kind(v))
