def attempt(fn, *args, **kwargs):
    try:
        return repr(fn(*args, **kwargs))
    except (TypeError, ValueError) as e:
        return f'{type(e).__name__}: {e}'

print(attempt(len))
print(attempt(len, [1], [2]))
print(attempt(len, 5))
print(attempt(abs, 'x'))
print(attempt(sorted, [3, 1], reverse=True))
print(attempt(sorted, [3, 1], True))
print(attempt(max))
print(attempt(max, []))
print(attempt(max, [], default='empty'))
print(attempt(int, '5', base=10))
print(attempt(divmod, 1))
print(attempt(isinstance, 1))
print(attempt(list, 1, 2))
print(attempt(sum, ['a', 'b'], ''))
print(attempt(round, 2.567, 2))
print(attempt(pow, 2, 10, 1000))
