class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return False

with Resource('r1') as r:
    print('inside', r.name)
print('after')
try:
    with Resource('r2'):
        raise ValueError('boom')
except ValueError as e:
    print('caught', e)

def early_return():
    with Resource('r3'):
        return 'returned'

print(early_return())
for i in range(3):
    with Resource(f'loop{i}'):
        if i == 1:
            continue
        if i == 2:
            break
        print('body', i)
