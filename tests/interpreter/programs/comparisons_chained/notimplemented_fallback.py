class A:
    def __eq__(self, other):
        print('A.__eq__')
        return NotImplemented
    def __lt__(self, other):
        print('A.__lt__')
        return NotImplemented

class B:
    def __eq__(self, other):
        print('B.__eq__')
        return True
    def __gt__(self, other):
        print('B.__gt__')
        return 'from B'

print(A() == B())
print(A() < B())
print(A() == A())
print(A() != A())

class Sub(B):
    def __eq__(self, other):
        print('Sub.__eq__')
        return False

print(B() == Sub())
print(Sub() == B())
try:
    print(A() < A())
except TypeError as e:
    print(type(e).__name__, e)
