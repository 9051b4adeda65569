def run(x):
    log = []
    try:
        log.append('try')
        r = 10 / x
    except ZeroDivisionError as e:
        log.append(f'except {e}')
    except TypeError:
        log.append('type error')
    else:
        log.append(f'else {r}')
    finally:
        log.append('finally')
    return log

print(run(2))
print(run(0))
print(run('a'))

def multi(v):
    try:
        return {'a': 1}[v] + [1][v]
    except (KeyError, IndexError) as e:
        return f'{type(e).__name__}: {e!r}'
    except Exception as e:
        return f'other {type(e).__name__}'

print(multi('a'), multi(0), multi(None))
