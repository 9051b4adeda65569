def total(*nums):
    return sum(nums), type(nums).__name__, len(nums)

print(total(), total(1), total(1, 2, 3))
print(total(*range(5)), total(*[1, 2], *(3,), 4))

def head_tail(first, *rest):
    return first, rest

print(head_tail(1), head_tail(1, 2, 3), head_tail(*'abc'))

def fmt(sep, *parts, end='.'):
    return sep.join(parts) + end

print(fmt('-', 'a', 'b', 'c'), fmt(' ', 'x', end='!'))
args = ('p', 'q')
print(fmt('+', *args, *args))

def count_args(*a, **k):
    return len(a), len(k)

print(count_args(*[], **{}))
print(count_args(*'hello', **dict(x=1)))
