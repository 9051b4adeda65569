class EventBus:
    def __init__(self):
        self.handlers = []

    def subscribe(self, prefix):
        def handler(msg):
            return f'{prefix}{msg}'
        self.handlers.append(handler)
        return handler

    def publish(self, msg):
        return [h(msg) for h in self.handlers]

bus = EventBus()
bus.subscribe('[A] ')
bus.subscribe('[B] ')
print(bus.publish('hello'))

class Counter:
    def __init__(self):
        self.n = 0
    def incrementer(self, step):
        def inc():
            self.n += step
            return self.n
        return inc

c = Counter()
by2, by5 = c.incrementer(2), c.incrementer(5)
print(by2(), by5(), by2(), c.n)
methods = [c.incrementer(i) for i in range(1, 4)]
print([m() for m in methods])
