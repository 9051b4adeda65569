counter = 0

def increment():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10

print(increment(), increment(), read_only())

def create_global():
    global created
    created = 'made inside'

create_global()
print(created)

def shadow():
    counter = 'local'
    return counter

print(shadow(), counter)

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
    return counter

print(unbound(), counter)
