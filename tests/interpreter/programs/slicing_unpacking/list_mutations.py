a = [5, 3, 8]
a.append(1)
a.extend([7, 7])
a.insert(0, 0)
a.insert(100, 'end')
a.insert(-1, 'before_end')
print(a)
print(a.pop(), a.pop(0), a.pop(-2))
print(a)
a.remove(7)
print(a, a.count(7), a.index(8))
try:
    a.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(42)
except ValueError as e:
    print(type(e).__name__, e)
nums = [x for x in a if isinstance(x, int)]
nums.sort()
print(nums)
nums.reverse()
print(nums)
c = nums.copy()
c.clear()
print(c, nums)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
print([1, 2] * 2 + [3], [[]] * 2)
