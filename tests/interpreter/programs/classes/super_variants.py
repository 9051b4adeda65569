class A:
    def greet(self):
        return 'A'
    @classmethod
    def create(cls):
        return f'A.create for {cls.__name__}'
    @staticmethod
    def util():
        return 'A.util'

class B(A):
    def greet(self):
        return 'B>' + super().greet()
    @classmethod
    def create(cls):
        return 'B>' + super().create()

class C(B):
    def greet(self):
        return 'C>' + super(B, self).greet()
    def explicit(self):
        return super(C, self).greet()
    def util_via_super(self):
        return super().util()

c = C()
print(c.greet(), c.explicit(), C.create(), c.util_via_super())
print(super(C, c).greet(), super(B, C).create())

class D(A):
    def greet(self):
        def inner():
            return 'nested'
        return inner() + '+' + super().greet()
    lam = lambda self: 'lam'

print(D().greet(), D().lam())
