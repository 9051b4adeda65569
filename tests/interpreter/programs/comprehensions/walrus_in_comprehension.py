def process(data):
    results = [y for x in data if (y := x * 3) % 2 == 0]
    return results, y

print(process([1, 2, 3, 4]))

def find_first_long(words):
    if any(len(found := w) > 5 for w in words):
        return found
    return None

print(find_first_long(['tiny', 'enormous', 'gigantic']))
print(find_first_long(['a', 'b']))

def running_total(nums):
    total = 0
    sums = [total := total + n for n in nums]
    return sums, total

print(running_total([1, 2, 3, 4]))

def nested():
    pairs = [[(last := (i, j)) for j in range(2)] for i in range(2)]
    return pairs, last

print(nested())
values = [1, 5, 2, 8]
maxes = [m := v if not maxes_seen or v > m else m for maxes_seen, v in enumerate(values)]
print(maxes, m)
