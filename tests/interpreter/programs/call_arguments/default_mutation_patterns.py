def memo_fib(n, _cache={0: 0, 1: 1}):
    if n not in _cache:
        _cache[n] = memo_fib(n - 1) + memo_fib(n - 2)
    return _cache[n]

print(memo_fib(30), len(memo_fib.__defaults__[0]))

def collect(x, bucket=[]):
    bucket.append(x)
    return len(bucket)

print([collect(i) for i in range(4)])
print(collect.__defaults__)

def kw_default(*, opts={}):
    opts['n'] = opts.get('n', 0) + 1
    return opts['n']

print(kw_default(), kw_default(), kw_default(opts={}))
print(kw_default.__kwdefaults__)

def late(a, b=None):
    b = a if b is None else b
    return a + b

print(late(2), late(2, 3))
