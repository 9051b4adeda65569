class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f'Key({self.k!r})'

d = {Key(1): 'one', Key(2): 'two'}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1)}))

class EqOnly:
    def __eq__(self, o):
        return True

print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)

class Default:
    pass

a, b = Default(), Default()
print(a == a, a == b, a != b, len({a, b, a}))

class Parent:
    def __eq__(self, o):
        return True
    def __hash__(self):
        return 7

class Child(Parent):
    def __eq__(self, o):
        return False

print(Child.__hash__, hash(Parent()))
