import functools

def count_and_cache(fn):
    cache = {}
    stats = {'hits': 0, 'misses': 0}
    @functools.wraps(fn)
    def wrapper(*args):
        if args in cache:
            stats['hits'] += 1
        else:
            stats['misses'] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapper.stats = stats
    return wrapper

@count_and_cache
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print(binom(20, 10), binom.stats)
print(binom(5, 2), binom.stats)
print([binom(6, k) for k in range(7)])
