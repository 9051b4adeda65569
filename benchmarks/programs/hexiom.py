"""A Hexiom-like puzzle solver: attribute-heavy constraint propagation and search.

On a hexagonal board every tile shows how many of its neighbours hold tiles.
Given the multiset of tiles, place them all.  Puzzles are generated from a
seeded random solution; the solver propagates constraints over objects
(``Board``, ``Cell``, ``State``) and backtracks, counting every solution.
"""

import random

EMPTY = 7


class Cell:
    __slots__ = ("index", "q", "r", "neighbours")

    def __init__(self, index, q, r):
        self.index, self.q, self.r = index, q, r
        self.neighbours = []


class Board:
    DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))

    def __init__(self, radius):
        self.cells = []
        by_pos = {}
        for q in range(-radius + 1, radius):
            for r in range(-radius + 1, radius):
                if abs(q + r) < radius:
                    cell = Cell(len(self.cells), q, r)
                    self.cells.append(cell)
                    by_pos[(q, r)] = cell
        for cell in self.cells:
            for dq, dr in self.DIRECTIONS:
                other = by_pos.get((cell.q + dq, cell.r + dr))
                if other is not None:
                    cell.neighbours.append(other.index)


class Contradiction(Exception):
    pass


class State:
    def __init__(self, board, counts, candidates=None):
        self.board = board
        self.counts = counts
        self.candidates = candidates or [set(range(8)) for _ in board.cells]

    def copy(self):
        return State(self.board, self.counts, [set(c) for c in self.candidates])

    def fix(self, index, value):
        cand = self.candidates[index]
        if value not in cand:
            raise Contradiction
        cand.clear()
        cand.add(value)

    def remove(self, index, value):
        cand = self.candidates[index]
        cand.discard(value)
        if not cand:
            raise Contradiction

    def decided(self, index):
        return len(self.candidates[index]) == 1

    def propagate(self):
        changed = True
        while changed:
            changed = False
            for value, allowed in enumerate(self.counts):
                placed = sum(1 for c in self.candidates if len(c) == 1 and value in c)
                possible = sum(1 for c in self.candidates if value in c)
                if placed > allowed or possible < allowed:
                    raise Contradiction
                if placed == allowed:
                    for c in self.candidates:
                        if len(c) > 1 and value in c:
                            c.discard(value)
                            changed = True
                elif possible == allowed:
                    for i, c in enumerate(self.candidates):
                        if len(c) > 1 and value in c:
                            self.fix(i, value)
                            changed = True
            for cell in self.board.cells:
                cand = self.candidates[cell.index]
                if len(cand) != 1:
                    continue
                (value,) = cand
                if value == EMPTY:
                    continue
                sure = maybe = 0
                for n in cell.neighbours:
                    nc = self.candidates[n]
                    if EMPTY not in nc:
                        sure += 1
                    elif len(nc) > 1:
                        maybe += 1
                if sure > value or sure + maybe < value:
                    raise Contradiction
                if maybe and sure == value:
                    for n in cell.neighbours:
                        if len(self.candidates[n]) > 1 and EMPTY in self.candidates[n]:
                            self.fix(n, EMPTY)
                            changed = True
                elif maybe and sure + maybe == value:
                    for n in cell.neighbours:
                        if len(self.candidates[n]) > 1 and EMPTY in self.candidates[n]:
                            self.remove(n, EMPTY)
                            changed = True

    def solved(self):
        return all(len(c) == 1 for c in self.candidates)


def search(state, stats):
    stats["nodes"] += 1
    try:
        state.propagate()
    except Contradiction:
        return 0
    if state.solved():
        return 1
    index = min((i for i, c in enumerate(state.candidates) if len(c) > 1),
                key=lambda i: (len(state.candidates[i]), i))
    found = 0
    for value in sorted(state.candidates[index]):
        child = state.copy()
        child.fix(index, value)
        found += search(child, stats)
    return found


def make_puzzle(board, rng, density):
    occupied = {c.index for c in board.cells if rng.random() < density}
    values = [sum(n in occupied for n in c.neighbours) if c.index in occupied else EMPTY
              for c in board.cells]
    counts = [values.count(v) for v in range(8)]
    return values, counts


def solve_all(radius, puzzles, seed):
    board = Board(radius)
    rng = random.Random(seed)
    results = []
    for _ in range(puzzles):
        values, counts = make_puzzle(board, rng, 0.6)
        state = State(board, counts)
        for i in rng.sample(range(len(values)), 6):  # six cells given, as locked tiles
            state.fix(i, values[i])
        stats = {"nodes": 0}
        results.append((search(state, stats), stats["nodes"]))
    return results


RESULTS = solve_all(3, 12, 2024)
assert RESULTS == [(2, 85), (1, 95), (1, 65), (8, 652), (7, 113), (2, 322), (2, 52), (1, 33),
                   (2, 25), (2, 166), (4, 80), (4, 15)], RESULTS
