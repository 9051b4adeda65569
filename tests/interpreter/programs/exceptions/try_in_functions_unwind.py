trail = []

def level3(x):
    trail.append('l3 enter')
    try:
        if x:
            raise ValueError(x)
        return 'l3 ok'
    finally:
        trail.append('l3 finally')

def level2(x):
    try:
        return level3(x)
    except KeyError:
        trail.append('l2 wrong handler')
    finally:
        trail.append('l2 finally')

def level1(x):
    try:
        return level2(x)
    except ValueError as e:
        trail.append(f'l1 caught {e}')
        return 'recovered'

print(level1(0), trail)
trail.clear()
print(level1('boom'), trail)
