def run(program):
    stack = []
    out = []
    for line in program.strip().splitlines():
        match line.split():
            case ['push', n] if n.lstrip('-').isdigit():
                stack.append(int(n))
            case ['push', other]:
                out.append(f'bad literal {other}')
            case ['add' | 'mul' as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == 'add' else a * b)
            case ['dup']:
                stack.append(stack[-1])
            case ['print']:
                out.append(str(stack[-1]))
            case ['#', *_] | []:
                pass
            case [cmd, *args]:
                out.append(f'unknown {cmd} {args}')
    return out, stack

prog = '''
push 3
push 4
add
dup
mul
print
# comment here
push x
jump 10 20
push -2
'''
print(run(prog))
