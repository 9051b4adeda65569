"""Successive over-relaxation on a 2-D grid of floats (in the spirit of SciMark's SOR).

A five-point stencil swept in place over lists of lists; the grid is filled
from a small linear congruential generator so the result is reproducible.
"""


def random_matrix(n, seed=113):
    state = seed
    rows = []
    for _ in range(n):
        row = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append(state / 2147483648)
        rows.append(row)
    return rows


def sor(grid, omega, iterations):
    n = len(grid)
    omega_4 = omega * 0.25
    one_minus = 1.0 - omega
    for _ in range(iterations):
        for i in range(1, n - 1):
            above, row, below = grid[i - 1], grid[i], grid[i + 1]
            for j in range(1, n - 1):
                row[j] = omega_4 * (above[j] + below[j] + row[j - 1] + row[j + 1]) + one_minus * row[j]
    return grid


grid = sor(random_matrix(100), 1.25, 30)
checksum = sum(map(sum, grid))
assert round(checksum, 6) == 4908.449141, checksum
