records = [('bob', 3), ('amy', 1), ('cat', 3), ('dan', 2), ('eve', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
print(min(records, key=lambda r: r[1]), max(records, key=lambda r: r[1]))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs))
print(sorted(nums, key=abs, reverse=True))
lst = nums[:]
lst.sort(key=lambda v: v % 3)
print(lst)
print(sorted('Hello World', key=str.lower))
print(sorted([[2, 1], [1, 2], [1, 1]]))
print(sorted([2.5, 1, 3, 0.5]))
