import heapq
import bisect

class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)
    def __repr__(self):
        return f'{self.name}:{self.priority}'

heap = []
for p, n in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship')]:
    heapq.heappush(heap, Task(p, n))
print([heapq.heappop(heap) for _ in range(3)], heap[0])
print(heapq.nsmallest(2, [Task(9, 'a'), Task(0, 'b'), Task(4, 'c')]))
print(heapq.nlargest(2, [5, 1, 8, 3], key=lambda v: -v))
scores = [(90, 'A'), (80, 'B'), (70, 'C'), (60, 'D')]
thresholds = [60, 70, 80, 90]

def grade(s):
    i = bisect.bisect_right(thresholds, s)
    return 'F' if i == 0 else scores[len(scores) - i][1]

print([grade(s) for s in [55, 60, 75, 89, 95]])
items = [Task(1, 'a'), Task(3, 'c'), Task(5, 'e')]
bisect.insort(items, Task(4, 'd'))
print(items, bisect.bisect_left(items, 3, key=lambda t: t.priority))
