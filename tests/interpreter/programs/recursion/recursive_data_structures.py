def flatten(x):
    if isinstance(x, (list, tuple)):
        return [y for item in x for y in flatten(item)]
    return [x]

def depth(x):
    if isinstance(x, dict):
        return 1 + max((depth(v) for v in x.values()), default=0)
    if isinstance(x, list):
        return 1 + max((depth(v) for v in x), default=0)
    return 0

def deep_sum(x):
    if isinstance(x, dict):
        return sum(deep_sum(v) for v in x.values())
    if isinstance(x, (list, tuple)):
        return sum(deep_sum(v) for v in x)
    return x if isinstance(x, (int, float)) else 0

data = {'a': [1, 2, {'b': [3, (4, 5)]}], 'c': {'d': {'e': 6}}, 'f': 'text'}
print(flatten([1, [2, [3, [4, [5]]]], (6, 7)]), depth(data), deep_sum(data))

def render(node, indent=0):
    if isinstance(node, dict):
        for k, v in node.items():
            print(' ' * indent + str(k) + ':')
            render(v, indent + 2)
    elif isinstance(node, list):
        for v in node:
            render(v, indent + 2)
    else:
        print(' ' * indent + repr(node))

render(data)
