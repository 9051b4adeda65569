class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

@CountCalls
def hello(name):
    return 'hi ' + name

print(hello('a'), hello('b'), hello.calls)

class Retry:
    def __init__(self, attempts):
        self.attempts = attempts
    def __call__(self, fn):
        def wrapper(*args):
            for i in range(1, self.attempts + 1):
                try:
                    return fn(*args, attempt=i)
                except ValueError as e:
                    print('attempt', i, 'failed:', e)
            return 'gave up'
        return wrapper

@Retry(3)
def flaky(limit, attempt):
    if attempt < limit:
        raise ValueError(f'too early ({attempt})')
    return f'ok on {attempt}'

print(flaky(2))
print(flaky(5))
