class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __missing__(self, k):
        return f'<no {k}>'

d = UpperDict()
d['a'] = 1
print(d, d['A'], d['zz'], d.get('zz'), len(d))
u = UpperDict(b=2)
print(u)

class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s + [4]).__name__, type(s[:1]).__name__)

class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def __repr__(self):
        return f'{float(self)}°C'

c = Celsius(21.456)
print(c, c + 1, type(c + 1).__name__, isinstance(c, float))

class Name(str):
    def greet(self):
        return 'Hi ' + self.title()

n = Name('ann lee')
print(n.greet(), n.upper(), type(n.upper()).__name__, n == 'ann lee')
