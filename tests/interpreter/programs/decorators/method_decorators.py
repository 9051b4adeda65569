def validate_positive(method):
    def wrapper(self, value):
        if value <= 0:
            raise ValueError(f'{method.__name__}: {value} must be positive')
        return method(self, value)
    return wrapper

class Account:
    def __init__(self):
        self.balance = 0

    @validate_positive
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @validate_positive
    def withdraw(self, amount):
        self.balance -= amount
        return self.balance

acc = Account()
print(acc.deposit(50), acc.withdraw(20))
for op, val in [(acc.deposit, -5), (acc.withdraw, 0)]:
    try:
        op(val)
    except ValueError as e:
        print(type(e).__name__, e)
print(acc.balance)
