s = {x % 5 for x in range(20)}
print(sorted(s), len(s))
print(sorted({len(w) for w in 'a bb cc ddd e'.split()}))
print({x * y for x in range(4) for y in range(4)} == set(x * y for x in range(4) for y in range(4)))
squares = {n * n for n in range(-3, 4)}
print(sorted(squares))
primes = {n for n in range(2, 40) if all(n % d for d in range(2, n))}
print(sorted(primes))
print(sorted({abs(v) for v in [-1, 1, -2, 2, 3]}))
letters = {c for c in 'mississippi'}
print(sorted(letters), len(letters))
print(frozenset(i for i in range(3)) == frozenset({0, 1, 2}))
print(type({i for i in ()}).__name__, {i for i in ()} == set())
