def state_machine():
    state = 'idle'
    while True:
        try:
            cmd = yield state
        except RuntimeError as e:
            state = f'error({e})'
            continue
        if cmd == 'start' and state == 'idle':
            state = 'running'
        elif cmd == 'pause' and state == 'running':
            state = 'paused'
        elif cmd == 'resume' and state == 'paused':
            state = 'running'
        elif cmd == 'stop':
            return f'stopped from {state}'
        elif cmd == 'reset':
            state = 'idle'

m = state_machine()
print(next(m))
for cmd in ['start', 'pause', 'bogus', 'resume']:
    print(cmd, '->', m.send(cmd))
print('throw ->', m.throw(RuntimeError('overheat')))
print('reset ->', m.send('reset'))
try:
    m.send('stop')
except StopIteration as e:
    print(e.value)
