names = ['ann', 'bob', 'cy']
scores = [88, 92, 75]
for rank, (name, score) in enumerate(sorted(zip(names, scores), key=lambda p: -p[1]), start=1):
    print(f'{rank}. {name} {score}')
print(dict(zip(names, scores)))
print(list(zip(*zip(names, scores))))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [sum(c) for c in zip(*matrix)])
print([b - a for a, b in zip(scores, scores[1:])])
print(list(enumerate(zip('ab', 'cd'))))
words = 'one two three four'.split()
print({i: w for i, w in enumerate(words) if i % 2 == 0})
print(max(enumerate(scores), key=lambda p: p[1]))
print([i for i, (a, b) in enumerate(zip('kitten', 'sitting')) if a != b])
