class Empty:
    pass

class WithStuff:
    """Docstring."""
    a = 1
    def method(self):
        return self.a

class Child(WithStuff):
    b = 2

print(sorted(Empty.__dict__))
print(sorted(WithStuff.__dict__))
print(sorted(Child.__dict__))
print(sorted(vars(Child)), Child.__doc__, WithStuff.__doc__)
print(sorted(set(dir(Child)) - set(dir(object))))

class Recorder(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Ns(dict):
            def __setitem__(self, key, value):
                print('define', key)
                super().__setitem__(key, value)
        return Ns()

class Recorded(metaclass=Recorder):
    x = 1
    def y(self):
        pass

print(sorted(Recorded.__dict__))
Dyn = type('Dyn', (), {'k': 1})
print(sorted(Dyn.__dict__))
