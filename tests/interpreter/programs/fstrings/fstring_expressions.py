nums = [3, 1, 4, 1, 5]
print(f'{sum(nums)} {max(nums)} {sorted(nums)}')
print(f'{[n * 2 for n in nums]}')
print(f'{ {k: v for k, v in zip("ab", nums)} }')
print(f'{(lambda x: x ** 2)(7)}')
print(f'{"yes" if nums else "no"}')
print(f'{nums[1:3]} {nums[-1]}')
print(f'{len(nums) > 3 and "long" or "short"}')
print(f'{(a := 5) + a}')
t = (1, 2)
print(f'{t} {t[0]:>3} {(*t, 3)}')
print(f'{",".join(map(str, nums))}')
print(f'{3 if True else 4:>4}|')
x = 7
print(f'{x:{"<" if x > 5 else ">"}5}|')
print(f'{x!r:^7}|{-x}')
dct = {'key': [10, 20]}
print(f'{dct["key"][1]:05d}')
