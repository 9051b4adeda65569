depth = 0

class Level:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        global depth
        print('  ' * depth + 'open ' + self.name)
        depth += 1
        return self
    def __exit__(self, et, ev, tb):
        global depth
        depth -= 1
        print('  ' * depth + 'close ' + self.name + (f' ({et.__name__})' if et else ''))
        return et is IndexError

with Level('outer'):
    with Level('middle'):
        with Level('inner'):
            [][0]
        print('  ' * depth + 'after inner (suppressed)')
        with Level('inner2'):
            pass
print('depth', depth)
try:
    with Level('x'):
        with Level('y'):
            raise ValueError('v')
except ValueError as e:
    print('caught', e, 'depth', depth)
