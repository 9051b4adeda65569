def sieve(n):
    is_prime = [False, False] + [True] * (n - 1)
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(200)
print(len(primes), primes[:15], primes[-3:])

def factorize(n):
    out, d = [], 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

for n in [360, 97, 1001, 2 ** 10 * 3 ** 3, 600851475143]:
    print(n, factorize(n))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print(twins[:8])
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes)) for n in range(4, 30, 2)}
print(goldbach)
