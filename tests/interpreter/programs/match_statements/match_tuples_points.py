def quadrant(p):
    match p:
        case (0, 0):
            return 'origin'
        case (0, _) | (_, 0):
            return 'axis'
        case (x, y) if x > 0 and y > 0:
            return 'Q1'
        case (x, y) if x < 0 < y:
            return 'Q2'
        case (x, y) if x < 0 and y < 0:
            return 'Q3'
        case (_, _):
            return 'Q4'
        case (x, y, z):
            return f'3d point {x},{y},{z}'
        case _:
            return 'invalid'

points = [(0, 0), (0, 5), (3, 0), (1, 1), (-1, 2), (-3, -3), (2, -2), (1, 2, 3), (1,), 'xy']
for p in points:
    print(p, quadrant(p))
match [1, 2]:
    case (1, 2):
        print('list matches tuple pattern')
match (1, 2):
    case [1, 2]:
        print('tuple matches list pattern')
