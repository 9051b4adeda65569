from collections import OrderedDict

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key not in self.data:
            self.misses += 1
            return -1
        self.hits += 1
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print('evict', evicted)
    def __repr__(self):
        return f'LRU({list(self.data.items())})'

c = LRUCache(2)
c.put(1, 'one')
c.put(2, 'two')
print(c.get(1))
c.put(3, 'three')
print(c.get(2), c.get(3))
c.put(4, 'four')
print(c.get(1), c.get(3), c.get(4))
print(c, c.hits, c.misses)
