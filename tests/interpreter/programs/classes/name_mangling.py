class Account:
    def __init__(self, owner):
        self.owner = owner
        self.__balance = 0
        self._protected = 'p'

    def deposit(self, x):
        self.__balance += x
        return self.__balance

    def __private_method(self):
        return 'private'

    def call_private(self):
        return self.__private_method()

a = Account('ann')
a.deposit(50)
print(a.call_private(), a._protected)
try:
    print(a.__balance)
except AttributeError as e:
    print(type(e).__name__, e)
print(a._Account__balance, sorted(vars(a)))

class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__balance = 'sub-level'

s = Sub('bob')
print(sorted(vars(s)), s._Sub__balance, s._Account__balance)
print(hasattr(Account, '_Account__private_method'))
