from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append(f'open {name}')
    try:
        yield name
    finally:
        log.append(f'close {name}')

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    log.append(f'using {names}')
print(log)
log = []
try:
    with ExitStack() as stack:
        stack.enter_context(res('x', log))
        stack.callback(log.append, 'callback')
        raise ValueError('stop')
except ValueError as e:
    log.append(f'caught {e}')
print(log)
log = []
with ExitStack() as outer:
    outer.enter_context(res('keep', log))
    moved = outer.pop_all()
    log.append('outer exiting')
log.append('moved still open')
moved.close()
print(log)
