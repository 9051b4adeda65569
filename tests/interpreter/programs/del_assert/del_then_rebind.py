class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
    def __repr__(self):
        return f'Node({self.v})'

a = Node(1)
a.next = Node(2)
a.next.next = Node(3)
del a.next.next
try:
    print(a.next.next)
except AttributeError as e:
    print(type(e).__name__, e)
a.next.next = Node(4)
print(a, a.next, a.next.next)
keys = ['x', 'y', 'z']
env = dict.fromkeys(keys, 0)
del env['y']
env['y'] = 5
print(list(env.items()))
lst = [1, 2, 3]
del lst[:]
lst += [9]
print(lst)
counter = 0
for _ in range(3):
    counter += 1
    del counter
    counter = 100
print(counter)
