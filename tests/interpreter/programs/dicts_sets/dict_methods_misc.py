inventory = {'apples': 5, 'pears': 0, 'kiwis': 12}
print({k: v for k, v in inventory.items() if v})
print(sorted(inventory.items(), key=lambda kv: kv[1], reverse=True))
print(sum(inventory.values()), max(inventory, key=inventory.get), min(inventory.values()))
inventory['pears'] += 3
inventory.update(plums=7)
print(list(inventory.items())[-2:])
swapped = dict(map(reversed, inventory.items()))
print(swapped)
print(dict(sorted(inventory.items())))
keys = ['a', 'b', 'c']
print(dict(zip(keys, range(3))), dict.fromkeys(keys), dict(enumerate(keys)))
shared = dict.fromkeys(keys, [])
shared['a'].append(1)
print(shared)
print(list({'x': 1}.items())[0], next(iter({'only': 1})))
print(str({'a': [1, {'b': (2,)}]}), repr({}), {1: {}}, {'q': "it's"})
