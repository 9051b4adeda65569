from collections import defaultdict, Counter
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'hello world':
    counts[ch] += 1
print(sorted(counts.items()))
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], 'x' in t, list(t['a']))
c = Counter('abracadabra')
print(c.most_common(3), c['a'], c['z'], sorted(c.elements())[:6])
c2 = Counter(a=1, b=5)
print(sorted((c + c2).items()), sorted((c - c2).items()), sorted((c & c2).items()))
c.update('aaa')
c.subtract({'b': 10})
print(c['a'], c['b'], c.total())
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), +Counter({'x': -1, 'y': 2}))
