def safe_div(a, b):
    assert b != 0, 'division by zero'
    return a / b

def run(*pairs):
    results = []
    for a, b in pairs:
        try:
            results.append(safe_div(a, b))
        except AssertionError as e:
            results.append(str(e))
    return results

print(run((1, 2), (3, 0), (10, 4)))

class Stack:
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        assert self.items, 'pop from empty stack'
        return self.items.pop()

s = Stack()
s.push(1)
print(s.pop())
try:
    s.pop()
except AssertionError as e:
    print(type(e).__name__, e)
try:
    pair = (1, 'tuple is truthy')
    assert pair
    print('tuple assert passed')
except AssertionError:
    print('not reached')
