class Point:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1

p = Point()
for action in [lambda: p.y, lambda: p.z, lambda: setattr(p, 'z', 1)]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, '|', e)

class Plain:
    pass

for action in [lambda: Plain().nope, lambda: Plain.nope, lambda: 'str'.nope,
               lambda: (5).nope, lambda: None.nope, lambda: [].nope]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, '|', e)

def use_undefined():
    return some_undefined_variable

try:
    use_undefined()
except NameError as e:
    print(type(e).__name__, '|', e, '|', e.name)
