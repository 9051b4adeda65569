from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    SOLD_OUT = auto()

class Vending:
    PRICES = {'cola': 150, 'chips': 100}
    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = 0
        self.state = State.IDLE if any(stock.values()) else State.SOLD_OUT
    def insert(self, cents):
        if self.state is State.SOLD_OUT:
            return f'refund {cents}'
        self.credit += cents
        self.state = State.HAS_MONEY
        return f'credit {self.credit}'
    def select(self, item):
        match self.state, self.stock.get(item, 0):
            case State.SOLD_OUT, _:
                return 'sold out'
            case State.IDLE, _:
                return 'insert money first'
            case _, 0:
                return f'{item} unavailable'
        price = self.PRICES[item]
        if self.credit < price:
            return f'need {price - self.credit} more'
        self.stock[item] -= 1
        change, self.credit = self.credit - price, 0
        self.state = State.IDLE if any(self.stock.values()) else State.SOLD_OUT
        return f'vend {item}, change {change}'

m = Vending({'cola': 1, 'chips': 1})
for op, arg in [('select', 'cola'), ('insert', 100), ('select', 'cola'), ('insert', 100), ('select', 'cola'),
                ('insert', 100), ('select', 'cola'), ('select', 'chips'), ('insert', 25)]:
    print(op, arg, '->', getattr(m, op)(arg), m.state.name)
