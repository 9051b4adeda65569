g = 'global'

def remove_global():
    global g
    del g

def read_global():
    try:
        return g
    except NameError as e:
        return f'{type(e).__name__}: {e}'

print(read_global())
remove_global()
print(read_global())
g = 'back'
print(read_global())

def outer():
    v = 1
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return f'{type(e).__name__}: {e}'

print(outer())

def local_del():
    a = [1]
    b = a
    del a
    return b

print(local_del())
