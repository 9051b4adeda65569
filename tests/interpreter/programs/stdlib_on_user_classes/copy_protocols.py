import copy

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f'Node({self.val}, {self.children})'

tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 'changed'
print(shallow)
print(deep)
print(shallow.children is tree.children, deep.children is tree.children)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('custom __copy__')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('custom __deepcopy__')
        return Custom(copy.deepcopy(self.v, memo))

c = Custom([1, 2])
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.v is c.v, c3.v is c.v, c3.v)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
