# With `from __future__ import annotations` every annotation stays a string, so a
# class may name its own nested private class (`Deque._Node`), forward references
# and undefined names; the strings are kept verbatim in __annotations__.
from __future__ import annotations

from dataclasses import dataclass, field


class Deque:
    class _Node:
        __slots__ = ("value", "prev", "next")

        def __init__(self, value: object, prev: Deque._Node | None = None,
                     next: Deque._Node | None = None) -> None:
            self.value, self.prev, self.next = value, prev, next

    head: Deque._Node | None
    tail: Deque._Node | None
    _size: int

    def __init__(self) -> None:
        self.head = self.tail = None
        self._size = 0

    def push_front(self, value: object) -> Deque._Node:
        node = Deque._Node(value, None, self.head)
        if self.head is not None:
            self.head.prev = node
        else:
            self.tail = node
        self.head = node
        self._size += 1
        return node

    def push_back(self, value: object) -> Deque._Node:
        node = Deque._Node(value, self.tail, None)
        if self.tail is not None:
            self.tail.next = node
        else:
            self.head = node
        self.tail = node
        self._size += 1
        return node

    def pop_front(self) -> object:
        node = self.head
        if node is None:
            raise IndexError("pop from an empty Deque")
        self.head = node.next
        if self.head is None:
            self.tail = None
        else:
            self.head.prev = None
        self._size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self) -> int:
        return self._size


d = Deque()
for i in range(3):
    d.push_back(i)
d.push_front("front")
print(list(d), len(d), d.pop_front(), list(d))
print(Deque.__annotations__)
print(Deque._Node.__init__.__annotations__)
print(Deque.push_front.__annotations__["return"])


class Tree:
    __private_cache: dict[str, Tree] = {}
    children: list[Tree]
    parent: Tree | None
    weird: ThisNameDoesNotExist[int]

    def __init__(self, name: str, parent: Tree | None = None) -> None:
        self.name, self.parent, self.children = name, parent, []
        Tree.__private_cache[name] = self

    @classmethod
    def lookup(cls, name: str) -> Tree | None:
        return cls.__private_cache.get(name)


Tree("root")
print(Tree.lookup("root").name, Tree.lookup("nope"))
print(sorted(Tree.__annotations__.items()))


@dataclass
class Order:
    items: list[Order._Line] = field(default_factory=list)

    @dataclass
    class _Line:
        sku: str
        qty: int = 1

    def total(self) -> int:
        return sum(line.qty for line in self.items)


o = Order([Order._Line("a", 2), Order._Line("b")])
print(o, o.total(), Order.__annotations__, Order._Line.__annotations__)


def f(x: Deque._Node, *args: Tree, y: 1 + 2 = 3, **kw: dict[str, Deque]) -> Deque._Node:
    return x


print(f.__annotations__)
local_annotations: Deque._Node
print(__annotations__)
