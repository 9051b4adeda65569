results = []
for item in ['1', 'two', '3', None, '5']:
    try:
        value = int(item)
    except ValueError:
        results.append('bad')
        continue
    except TypeError:
        results.append('none')
        break
    else:
        results.append(value)
    finally:
        results.append('|')
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f'attempt {attempts} failed')
        print('succeeded after', attempts)
        break
    except ConnectionError as e:
        print('retry:', e)
errors = {}
for i, x in enumerate([1, 0, 'a', [], 4]):
    try:
        1 / x
    except Exception as e:
        errors.setdefault(type(e).__name__, []).append(i)
print(errors)
