class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def by_level(self):
        level = [self]
        while level:
            yield [n.value for n in level]
            level = [c for n in level for c in n.children]

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t), list(t.leaves()), list(t.by_level()))
print(sum(t), max(t), 6 in t, 9 in t)

class Paginator:
    def __init__(self, items, size):
        self.items, self.size = items, size
    def pages(self):
        for start in range(0, len(self.items), self.size):
            yield start // self.size + 1, self.items[start:start + self.size]

for num, page in Paginator(list('abcdefg'), 3).pages():
    print(num, page)
