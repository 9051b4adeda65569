def f():
    try:
        return 'try'
    finally:
        return 'finally'

def g():
    try:
        raise ValueError('lost')
    finally:
        return 'finally swallowed exception'

def h():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            if i == 2:
                print('finally runs before return of', i)

def k():
    x = 1
    try:
        return x
    finally:
        x = 99
        print('x set to', x)

print(f(), g(), h(), k())
