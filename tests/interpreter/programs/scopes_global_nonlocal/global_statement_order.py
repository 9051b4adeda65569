state = {'hits': 0}
mode = 'init'

def hit():
    state['hits'] += 1

def set_mode(m):
    global mode
    old = mode
    mode = m
    return old

for _ in range(4):
    hit()
print(state)
print(set_mode('running'), mode)
print(set_mode('stopped'), mode)

def make():
    global made_a, made_b
    made_a, made_b = 1, 2

make()
print(made_a + made_b)

def swap_globals():
    global made_a, made_b
    made_a, made_b = made_b, made_a

swap_globals()
print(made_a, made_b)
