from functools import partial, reduce, partialmethod
import operator

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square.func.__name__, square.keywords, two_to.args)
print(list(map(partial(int, base=2), ['101', '111'])))
print(reduce(operator.add, range(10)), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda acc, s: acc + s[0], ['alpha', 'beta', 'gamma'], ''))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(type(e).__name__, e)

class Light:
    def __init__(self):
        self.state = 'off'
    def set_state(self, state):
        self.state = state
        return self
    on = partialmethod(set_state, 'on')
    off = partialmethod(set_state, 'off')

l = Light()
print(l.on().state, l.off().state)
p = partial(partial(power, 3), 4)
print(p(), p.args)
