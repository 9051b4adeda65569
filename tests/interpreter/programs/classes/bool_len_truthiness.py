class Empty:
    def __len__(self):
        return 0

class Full:
    __len__ = lambda self: 3

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print('__bool__ called')
        return self.v
    def __len__(self):
        print('__len__ never called when __bool__ exists')
        return 1

print(bool(Empty()), bool(Full()), bool(Flag(False)))
if Flag(True) and not Empty():
    print('branch taken')
print([x for x in [Empty(), Full()] if x].__len__())

print(bool(type('Plain', (), {})()))

class BadBool:
    def __bool__(self):
        return 1

try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

class NegLen(Empty):
    __len__ = lambda self: -1

try:
    bool(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
