commands = {}

def command(name=None, *, aliases=()):
    def deco(fn):
        key = name or fn.__name__
        commands[key] = fn
        for a in aliases:
            commands[a] = fn
        return fn
    return deco

@command()
def help_():
    return 'help text'

@command('add', aliases=('plus', '+'))
def do_add(a, b):
    return a + b

@command('neg')
def negate(a):
    return -a

print(list(commands))
print(commands['add'](2, 3), commands['+'](1, 1), commands['neg'](5))
print(commands['help_'](), commands['plus'] is do_add)

def dispatch(line):
    name, *args = line.split()
    fn = commands.get(name)
    if fn is None:
        return f'unknown command {name!r}'
    return fn(*map(int, args))

for line in ['add 4 5', 'neg 3', 'mul 2 2', 'plus 10 -3']:
    print(line, '=>', dispatch(line))
