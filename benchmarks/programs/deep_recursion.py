"""Recursion 800 frames deep, over and over: a linked list walked recursively,
mutual recursion and a recursive accumulator with keyword arguments.
"""

DEPTH = 800


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


def total(node):
    return 0 if node is None else node.value + total(node.next)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def count_down(n, *, acc=0):
    return acc if n == 0 else count_down(n - 1, acc=acc + n)


head = None
for i in range(DEPTH):
    head = Node(i, head)
for _ in range(100):
    assert total(head) == DEPTH * (DEPTH - 1) // 2
    assert is_even(DEPTH)
    assert count_down(DEPTH) == DEPTH * (DEPTH + 1) // 2
