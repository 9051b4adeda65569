def pos_only(a, b, /, c, *, d):
    return a, b, c, d

print(pos_only(1, 2, 3, d=4))
print(pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pos_only(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)

def kw_collision(x, /, **kwargs):
    return x, kwargs

print(kw_collision(1, x=2))

def default_po(a, b=10, /):
    return a + b

print(default_po(1), default_po(1, 2))
try:
    default_po(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    default_po()
except TypeError as e:
    print(type(e).__name__, e)
