value = 'g'

def outer():
    value = 'outer local'
    def inner():
        global value
        value = 'set by inner'
        return value
    r = inner()
    return value, r

print(outer(), value)

def reader():
    def deep():
        return value
    return deep()

print(reader())
registry = {}

def register(name):
    registry[name] = len(registry)

for n in ['a', 'b']:
    register(n)
print(registry)

def rebinds():
    global registry
    registry = {'new': True}

rebinds()
print(registry)
