# A line diff from the longest common subsequence table, printed in unified style.
def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t


def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield " ", a[i]
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            yield "-", a[i]
            i += 1
        else:
            yield "+", b[j]
            j += 1
    yield from (("-", x) for x in a[i:])
    yield from (("+", x) for x in b[j:])


old = """def greet(name):
    print("Hello", name)
    return None

greet("world")""".splitlines()
new = """def greet(name, punct="!"):
    print("Hello", name + punct)
    return None

greet("world")
greet("there", "?")""".splitlines()
ops = list(diff(old, new))
for op, line in ops:
    print(op, line)
print({k: sum(1 for o, _ in ops if o == k) for k in " -+"})
print(list(diff(list("ABCBDAB"), list("BDCABA"))))
print(lcs_table("AGGTAB", "GXTXAYB")[0][0])
