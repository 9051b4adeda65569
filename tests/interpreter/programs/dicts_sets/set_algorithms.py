def jaccard(a, b):
    return len(a & b) / len(a | b)

docs = {
    'd1': set('the cat sat on the mat'.split()),
    'd2': set('the dog sat on the log'.split()),
    'd3': set('cats and dogs'.split()),
}
names = sorted(docs)
for i, x in enumerate(names):
    for y in names[i + 1:]:
        print(x, y, round(jaccard(docs[x], docs[y]), 3))
print(sorted(set.intersection(*docs.values())), sorted(set.union(*docs.values()))[:5])
nums = [4, 9, 1, 4, 7, 9, 9, 2]
seen, dupes = set(), set()
for n in nums:
    (dupes if n in seen else seen).add(n)
print(sorted(seen), sorted(dupes))
print(list(dict.fromkeys(nums)))
target = 11
pairs = sorted({tuple(sorted((n, target - n))) for n in nums if target - n in set(nums) and n != target - n})
print(pairs)
