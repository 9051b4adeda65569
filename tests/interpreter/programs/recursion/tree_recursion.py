class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right

def insert(root, val):
    if root is None:
        return Node(val)
    if val < root.val:
        root.left = insert(root.left, val)
    else:
        root.right = insert(root.right, val)
    return root

def inorder(n):
    return inorder(n.left) + [n.val] + inorder(n.right) if n else []

def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))

def paths(n, prefix=()):
    if n is None:
        return []
    prefix = prefix + (n.val,)
    if not n.left and not n.right:
        return [prefix]
    return paths(n.left, prefix) + paths(n.right, prefix)

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, v)
print(inorder(root), height(root))
for p in paths(root):
    print(' -> '.join(map(str, p)))
mirror = lambda n: Node(n.val, mirror(n.right), mirror(n.left)) if n else None
print(inorder(mirror(root)))
