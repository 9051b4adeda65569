import contextlib

with contextlib.suppress(FileNotFoundError, KeyError):
    {}['missing']
print('after suppress')

@contextlib.contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name
    finally:
        print(f'</{name}>')

with tag('html'), tag('body') as b:
    print('content in', b)
with contextlib.nullcontext('value') as v:
    print('nullcontext gave', v)
with contextlib.ExitStack() as stack:
    for n in ['a', 'b', 'c']:
        stack.enter_context(tag(n))
    stack.callback(print, 'callback runs first')
    print('stack body')

class Closable:
    def close(self):
        print('closed!')

with contextlib.closing(Closable()) as c:
    print('using closable')
