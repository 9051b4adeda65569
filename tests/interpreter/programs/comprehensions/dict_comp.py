print({x: x ** 2 for x in range(5)})
words = ['apple', 'banana', 'cherry', 'avocado']
print({w: len(w) for w in words})
print({w[0]: w for w in words})
d = {'a': 1, 'b': 2, 'c': 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v > 1})
print({k.upper(): v * 10 for k, v in sorted(d.items(), reverse=True)})
grid = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(grid)
print({n: ('even' if n % 2 == 0 else 'odd') for n in range(4)})
counts = {}
text = 'abracadabra'
print({ch: text.count(ch) for ch in text})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested)
print(dict.fromkeys('abc', 0) == {c: 0 for c in 'abc'})
