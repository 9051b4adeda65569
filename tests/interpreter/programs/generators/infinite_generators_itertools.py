import itertools

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(primes(), 12)))
print(list(itertools.takewhile(lambda x: x < 20, (n * n for n in naturals()))))
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(4)])
print(list(itertools.islice(itertools.cycle('abc'), 7)))
print(list(itertools.accumulate(itertools.islice(naturals(), 6))))
a, b = itertools.tee(itertools.islice(primes(), 4))
print(list(a), list(b))
print(list(itertools.compress('abcdef', itertools.cycle([1, 0]))))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])))
