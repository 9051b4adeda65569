def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print('caught', type(e).__name__)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(200))

class Node:
    def __init__(self, child=None):
        self.child = child
    def length(self):
        return 1 + (self.child.length() if self.child else 0)

chain = None
for _ in range(150):
    chain = Node(chain)
print(chain.length())
print(issubclass(RecursionError, RuntimeError))

def recovers():
    try:
        return infinite(0)
    except RecursionError:
        return 'recovered and can still recurse: ' + str(depth(50))

print(recovers())
