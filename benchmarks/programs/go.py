"""A Go-like board game played by Monte-Carlo tree search (in the spirit of pyperformance's go).

A 9x9 board of ``Square`` objects with neighbour lists, groups and liberties
found by flood fill, captures, a simple ko rule, random playouts that do not
fill their own eyes, and UCT move selection.  A seeded ``random.Random`` makes
every game the same.
"""

import math
import random

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


class Square:
    __slots__ = ("pos", "color", "neighbours")

    def __init__(self, pos):
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []


class Board:
    def __init__(self):
        self.squares = [Square(p) for p in range(SIZE * SIZE)]
        for sq in self.squares:
            x, y = divmod(sq.pos, SIZE)
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                if 0 <= x + dx < SIZE and 0 <= y + dy < SIZE:
                    sq.neighbours.append(self.squares[(x + dx) * SIZE + y + dy])
        self.empties = list(range(SIZE * SIZE))
        self.empty_index = list(range(SIZE * SIZE))
        self.ko = None
        self.history = []
        self.to_move = BLACK

    def copy(self):
        other = Board.__new__(Board)
        other.squares = [Square(p) for p in range(SIZE * SIZE)]
        for sq, mine in zip(other.squares, self.squares, strict=True):
            sq.color = mine.color
            sq.neighbours = [other.squares[n.pos] for n in mine.neighbours]
        other.empties = self.empties[:]
        other.empty_index = self.empty_index[:]
        other.ko = self.ko
        other.history = self.history[:]
        other.to_move = self.to_move
        return other

    def _set_empty(self, sq):
        sq.color = EMPTY
        self.empty_index[sq.pos] = len(self.empties)
        self.empties.append(sq.pos)

    def _set_filled(self, sq, color):
        i = self.empty_index[sq.pos]
        last = self.empties.pop()
        if last != sq.pos:
            self.empties[i] = last
            self.empty_index[last] = i
        sq.color = color

    def group(self, start):
        color = start.color
        stones, liberties, todo = {start.pos}, set(), [start]
        while todo:
            sq = todo.pop()
            for n in sq.neighbours:
                if n.color == EMPTY:
                    liberties.add(n.pos)
                elif n.color == color and n.pos not in stones:
                    stones.add(n.pos)
                    todo.append(n)
        return stones, liberties

    def legal(self, pos, color):
        sq = self.squares[pos]
        if sq.color != EMPTY or pos == self.ko:
            return False
        other = 3 - color
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
        sq.color = color
        try:
            for n in sq.neighbours:
                if n.color == other and len(self.group(n)[1]) == 0:
                    return True
            return len(self.group(sq)[1]) > 0
        finally:
            sq.color = EMPTY

    def is_own_eye(self, pos, color):
        return all(n.color == color for n in self.squares[pos].neighbours)

    def play(self, pos):
        color = self.to_move
        self.to_move = 3 - color
        self.history.append(pos)
        if pos is None:
            self.ko = None
            return 0
        sq = self.squares[pos]
        self._set_filled(sq, color)
        captured = []
        for n in sq.neighbours:
            if n.color == 3 - color:
                stones, liberties = self.group(n)
                if not liberties:
                    captured.extend(stones)
                    for p in stones:
                        self._set_empty(self.squares[p])
        self.ko = captured[0] if len(captured) == 1 else None
        return len(captured)

    def random_move(self, rng):
        color = self.to_move
        n = len(self.empties)
        start = rng.randrange(n) if n else 0
        for k in range(n):
            pos = self.empties[(start + k) % n]
            if not self.is_own_eye(pos, color) and self.legal(pos, color):
                return pos
        return None

    def playout(self, rng, limit=200):
        passes = 0
        for _ in range(limit):
            pos = self.random_move(rng)
            self.play(pos)
            passes = passes + 1 if pos is None else 0
            if passes == 2:
                break

    def score(self, color):
        total = 0
        for sq in self.squares:
            if sq.color == color:
                total += 1
            elif sq.color == EMPTY and sq.neighbours and all(n.color == color for n in sq.neighbours):
                total += 1
        return total


class Node:
    __slots__ = ("pos", "color", "parent", "children", "untried", "wins", "visits")

    def __init__(self, pos, color, parent, untried):
        self.pos, self.color, self.parent = pos, color, parent
        self.children = []
        self.untried = untried
        self.wins = 0
        self.visits = 0

    def select(self):
        log_n = math.log(self.visits)
        return max(self.children, key=lambda c: c.wins / c.visits + math.sqrt(2 * log_n / c.visits))


def uct_move(board, rng, playouts):
    me = board.to_move
    root = Node(None, 3 - me, None, [p for p in board.empties if board.legal(p, me)])
    for _ in range(playouts):
        node, state = root, board.copy()
        while not node.untried and node.children:
            node = node.select()
            state.play(node.pos)
        if node.untried:
            pos = node.untried.pop(rng.randrange(len(node.untried)))
            mover = state.to_move
            state.play(pos)
            child = Node(pos, mover, node, [p for p in state.empties if state.legal(p, state.to_move)])
            node.children.append(child)
            node = child
        state.playout(rng)
        winner = BLACK if state.score(BLACK) > state.score(WHITE) + 6.5 else WHITE  # komi
        while node is not None:
            node.visits += 1
            node.wins += node.color == winner
            node = node.parent
    best = max(root.children, key=lambda c: (c.visits, -c.pos))
    return best.pos


def game(seed, moves, playouts):
    rng = random.Random(seed)
    board = Board()
    for _ in range(moves):
        board.play(uct_move(board, rng, playouts))
    return board.history, board.score(BLACK), board.score(WHITE)


HISTORY, B, W = game(7, 3, 6)
assert len(HISTORY) == 3 and B + W <= SIZE * SIZE
