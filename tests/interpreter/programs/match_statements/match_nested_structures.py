def summarize(data):
    match data:
        case {'user': {'name': str(name), 'roles': [*roles]}} if 'admin' in roles:
            return f'admin {name}'
        case {'user': {'name': str(name), 'roles': []}}:
            return f'{name} has no roles'
        case {'user': {'name': name}}:
            return f'user {name}'
        case {'users': [{'name': first}, *others]}:
            return f'{first} and {len(others)} others'
        case [{'id': int(i)}, *_] as records:
            return f'{len(records)} records, first id {i}'
        case _:
            return 'unrecognized'

samples = [
    {'user': {'name': 'ann', 'roles': ['dev', 'admin']}},
    {'user': {'name': 'bob', 'roles': []}},
    {'user': {'name': 'cy', 'roles': ['dev']}},
    {'users': [{'name': 'x'}, {'name': 'y'}, {'name': 'z'}]},
    [{'id': 7}, {'id': 8}],
    [{'id': 'seven'}],
    42,
]
for s in samples:
    print(summarize(s))
