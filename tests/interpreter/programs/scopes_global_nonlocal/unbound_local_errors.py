total = 100

def bad_increment():
    total += 1
    return total

try:
    bad_increment()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def uses_before_assign():
    print(name)
    name = 'late'

try:
    uses_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def closure_unbound():
    def inner():
        return val
    r = None
    try:
        r = inner()
    except NameError as e:
        r = f'{type(e).__name__}: {e}'
    val = 1
    return r

print(closure_unbound())

def ok():
    return undefined_thing

try:
    ok()
except NameError as e:
    print(type(e).__name__, e)
