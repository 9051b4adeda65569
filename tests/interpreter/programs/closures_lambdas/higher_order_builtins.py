from functools import reduce
nums = [5, 3, 8, 1, 9, 2]
print(reduce(lambda a, b: a * b, nums))
print(reduce(lambda acc, x: acc + [x * 2], nums, []))
print(reduce(lambda a, b: a if a > b else b, nums))
print(list(map(lambda x, y: x * y, nums, range(10))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(sorted(nums, key=lambda n: (n % 2, n)))
words = ['banana', 'Apple', 'cherry', 'date']
print(sorted(words, key=lambda w: w[-1]))
print(list(map(str.title, words)))
print(any(map(lambda w: w.startswith('c'), words)), all(len(w) > 3 for w in words))
counts = reduce(lambda d, ch: {**d, ch: d.get(ch, 0) + 1}, 'mississippi', {})
print(counts)
apply_n = lambda f, n: (lambda x: reduce(lambda acc, _: f(acc), range(n), x))
print(apply_n(lambda v: v * 2, 10)(1))
