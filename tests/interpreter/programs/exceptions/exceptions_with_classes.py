class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        self.needed = needed
        self.available = available
        super().__init__(f'need {needed}, have {available}')

class Wallet:
    def __init__(self, amount):
        self.amount = amount
    def pay(self, cost):
        if cost < 0:
            raise ValueError('negative cost')
        if cost > self.amount:
            raise InsufficientFunds(cost, self.amount)
        self.amount -= cost
        return self.amount

w = Wallet(50)
for cost in [20, 40, -5, 30]:
    try:
        print('paid, left', w.pay(cost))
    except InsufficientFunds as e:
        print('short by', e.needed - e.available, '|', e)
    except ValueError as e:
        print('invalid:', e)

class Handler:
    def __getattr__(self, name):
        raise AttributeError(f'Handler has no {name!r}')

try:
    Handler().missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(Handler(), 'x', 'fallback'), hasattr(Handler(), 'y'))
