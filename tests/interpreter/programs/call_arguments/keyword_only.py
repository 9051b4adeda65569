def connect(host, *, port=80, secure=False):
    return f'{host}:{port} secure={secure}'

print(connect('a'))
print(connect('b', port=443, secure=True))
try:
    connect('c', 8080)
except TypeError as e:
    print(type(e).__name__, e)

def required_kw(*, key, value=None):
    return key, value

print(required_kw(key=1))
try:
    required_kw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    required_kw(1)
except TypeError as e:
    print(type(e).__name__, e)

def many_kw(*, a, b, c):
    return a + b + c

try:
    many_kw(a=1)
except TypeError as e:
    print(type(e).__name__, e)
print(many_kw(c=1, b=2, a=3))
