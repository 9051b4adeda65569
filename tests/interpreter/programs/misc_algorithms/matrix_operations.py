def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def transpose(m):
    return [list(r) for r in zip(*m)]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def mat_pow(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        k >>= 1
    return result

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(matmul(A, B), transpose([[1, 2, 3], [4, 5, 6]]))
print(mat_pow([[1, 1], [1, 0]], 30)[0][1], mat_pow(A, 0))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(A), det(identity(4)))
for row in matmul([[1, 2, 3]], transpose([[1, 2, 3]])) + matmul(transpose([[1, 2, 3]]), [[1, 2, 3]]):
    print(' '.join(f'{v:3}' for v in row))
