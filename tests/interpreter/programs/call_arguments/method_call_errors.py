class Account:
    def deposit(self, amount):
        return amount

    @staticmethod
    def util(x):
        return x

    @classmethod
    def make(cls, name):
        return name

def attempt(fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
        return r if isinstance(r, (int, str)) else type(r).__name__
    except TypeError as e:
        return f'{type(e).__name__}: {e}'

acc = Account()
print(attempt(acc.deposit, 5))
print(attempt(acc.deposit))
print(attempt(acc.deposit, 1, 2))
print(attempt(Account.deposit, 5))
print(attempt(Account.util))
print(attempt(Account.make))
print(attempt(acc.make, 'x', 'y'))
print(attempt(acc.deposit, amount=1, extra=2))
print(attempt(Account))
print(attempt(Account, 1))
