def grade(score):
    match score:
        case int(s) | float(s) if s < 0 or s > 100:
            return 'invalid'
        case s if s >= 90:
            return 'A'
        case s if s >= 80:
            return 'B'
        case s if s >= 70:
            return 'C'
        case _:
            return 'F'

print([grade(s) for s in [95, 85.5, 70, 42, -1, 101]])
calls = []

def check(v):
    calls.append(v)
    return v > 1

match [1, 2, 3]:
    case [a, *_] if check(a):
        print('first guard passed')
    case [_, b, *_] if check(b):
        print('second guard passed with', b)
    case _:
        print('fallback')
print('guard calls', calls)

def bound_even_if_guard_fails(p):
    match p:
        case (x, y) if x > y:
            return 'desc'
    return f'guard failed but x={x}, y={y}'

print(bound_even_if_guard_fails((1, 5)))
