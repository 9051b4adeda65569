x = 'global x'
len_backup = len

def outer():
    x = 'enclosing x'
    def inner():
        return x
    return inner()

def uses_builtin():
    return len([1, 2, 3])

def shadows_builtin():
    len = lambda seq: 'fake len'
    return len([1])

print(outer(), uses_builtin(), shadows_builtin(), len('ab'))
len = lambda seq: 'global fake'
print(uses_builtin())
del len
print(uses_builtin())

def late_binding():
    def f():
        return y
    y = 'defined after f'
    return f()

print(late_binding())

def conditional_local(flag):
    if flag:
        x = 'local set'
    return x

print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
