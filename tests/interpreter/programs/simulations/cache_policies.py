# Cache replacement policies (LRU with OrderedDict, LFU with a heap of counts,
# FIFO with deque) replayed over a deterministic access trace; hit rates compared.
import heapq
import random
from collections import Counter, OrderedDict, deque


class LRU:
    def __init__(self, cap):
        self.cap, self.data = cap, OrderedDict()

    def access(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            return True
        self.data[key] = True
        if len(self.data) > self.cap:
            self.data.popitem(last=False)
        return False


class LFU:
    def __init__(self, cap):
        self.cap, self.count, self.heap, self.tick = cap, {}, [], 0

    def access(self, key):
        self.tick += 1
        if key in self.count:
            self.count[key] += 1
            heapq.heappush(self.heap, (self.count[key], self.tick, key))
            return True
        if len(self.count) >= self.cap:
            while True:
                n, _, victim = heapq.heappop(self.heap)
                if self.count.get(victim) == n:
                    del self.count[victim]
                    break
        self.count[key] = 1
        heapq.heappush(self.heap, (1, self.tick, key))
        return False


class FIFO:
    def __init__(self, cap):
        self.cap, self.order, self.members = cap, deque(), set()

    def access(self, key):
        if key in self.members:
            return True
        self.order.append(key)
        self.members.add(key)
        if len(self.order) > self.cap:
            self.members.discard(self.order.popleft())
        return False


rng = random.Random(99)
hot = list(range(10))
trace = [rng.choice(hot) if rng.random() < 0.7 else rng.randrange(10, 200) for _ in range(4000)]
trace += list(range(300, 340)) * 3  # a scan
print(Counter(trace).most_common(3))
for cap in (8, 16, 32):
    rates = {}
    for policy in (LRU, LFU, FIFO):
        cache = policy(cap)
        hits = sum(cache.access(k) for k in trace)
        rates[policy.__name__] = round(hits / len(trace), 4)
    print(cap, rates)
c = LRU(2)
print([c.access(k) for k in "abacbca"], list(c.data))
