def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(10))
print(acc.send(5))
try:
    acc.send(None)
except StopIteration as e:
    print('final', e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if len(received) == 3:
            return received

e = echo()
next(e)
print(e.send('a'), e.send('b'))
try:
    e.send('c')
except StopIteration as s:
    print(s.value)
fresh = echo()
try:
    fresh.send('too early')
except TypeError as err:
    print(type(err).__name__, err)
