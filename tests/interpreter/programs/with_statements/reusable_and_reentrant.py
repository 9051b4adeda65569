from contextlib import contextmanager

class Counter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        print('enter level', self.level)
        return self.level
    def __exit__(self, *a):
        print('exit level', self.level)
        self.level -= 1

c = Counter()
with c as a:
    with c as b:
        print('levels', a, b)
with c:
    pass

@contextmanager
def once():
    yield 'x'

cm = once()
with cm as v:
    print('first use', v)
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)
