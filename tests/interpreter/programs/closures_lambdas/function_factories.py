def make_validator(lo, hi, name='value'):
    def validate(x):
        if not lo <= x <= hi:
            return f'{name} {x} out of range [{lo}, {hi}]'
        return f'{name} {x} ok'
    validate.bounds = (lo, hi)
    return validate

age = make_validator(0, 150, 'age')
pct = make_validator(0, 100)
print(age(30), age(200), pct(-1), age.bounds)

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_square(n):
    print('computing', n)
    return n * n

print(slow_square(4), slow_square(4), slow_square(5))
print(sorted(slow_square.cache.items()))

def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run

print(pipeline(str.strip, str.lower, lambda s: s.replace(' ', '_'))('  Hello World '))
