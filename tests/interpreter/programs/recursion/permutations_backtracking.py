def permute(items):
    if not items:
        return [[]]
    out = []
    for i, x in enumerate(items):
        for rest in permute(items[:i] + items[i + 1:]):
            out.append([x] + rest)
    return out
print(permute([1, 2, 3]))

def n_queens(n):
    solutions = []
    def place(row, cols, d1, d2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
            board.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return solutions

sols = n_queens(6)
print(len(sols), sols[0], len(n_queens(5)), len(permute(list(range(5)))))
for c in sols[0]:
    print('.' * c + 'Q' + '.' * (5 - c))

def subset_sum(nums, target, start=0, chosen=()):
    if target == 0:
        return [chosen]
    res = []
    for i in range(start, len(nums)):
        if nums[i] <= target:
            res += subset_sum(nums, target - nums[i], i + 1, chosen + (nums[i],))
    return res

print(subset_sum([2, 3, 5, 7, 8], 10))
