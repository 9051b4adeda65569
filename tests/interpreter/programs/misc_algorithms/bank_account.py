class InsufficientFunds(Exception):
    pass

class Account:
    _next_id = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f'{self.owner}: balance {self._balance}, requested {amount}')
        self._balance -= amount
        self.history.append(('withdraw', amount))
    def transfer(self, other, amount):
        self.withdraw(amount)
        other.deposit(amount)
    def __repr__(self):
        return f'Account#{self.id}({self.owner!r}, {self._balance})'

a, b = Account('ann', 100), Account('bob')
a.transfer(b, 30)
b.deposit(5)
for action in [lambda: b.transfer(a, 100), lambda: a.deposit(-1), lambda: a.withdraw(70)]:
    try:
        action()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
print(a, b, a.history, b.history)
