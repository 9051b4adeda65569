matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([[row[c] for row in matrix] for c in range(3)])
flat = [x for row in matrix for x in row]
print(flat)
print([[x for x in row if x % 2] for row in matrix])
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b)
           if a * a + b * b == c * c]
print(triples)
table = {n: [n * k for k in range(1, 4)] for n in range(1, 4)}
print(table)
words = ['hello', 'world']
print({w: {c: w.count(c) for c in w} for w in words})
print([list(range(n)) for n in range(4)])
print(sum(sum(r) for r in matrix), max(max(r) for r in matrix))
pascal = [[1]]
for _ in range(4):
    prev = pascal[-1]
    pascal.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
print(pascal)
