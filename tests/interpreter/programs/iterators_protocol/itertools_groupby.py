from itertools import groupby
data = 'aaabbcdddde'
print([(k, len(list(g))) for k, g in groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for k, g in groupby(words, key=lambda w: w[0]):
    print(k, list(g))
for k, g in groupby(sorted(words), key=lambda w: w[0]):
    print(k, list(g))
nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(odd, list(g)) for odd, g in groupby(nums, key=lambda n: n % 2 == 1)])
groups = groupby('xxyz')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
records = [('2024-01', 5), ('2024-01', 3), ('2024-02', 7), ('2024-03', 1), ('2024-03', 1)]
print({month: sum(v for _, v in grp) for month, grp in groupby(records, key=lambda r: r[0])})

def runs(seq):
    return [len(list(g)) for _, g in groupby(seq)]

print(runs([1, 1, 0, 1, 1, 1, 0, 0]), max(runs('aabbbbcc')))
