def make_id_gen(prefix):
    n = 0
    def next_id():
        nonlocal n
        n += 1
        return f'{prefix}-{n:03d}'
    return next_id

user_id = make_id_gen('U')
order_id = make_id_gen('O')
print(user_id(), user_id(), order_id(), user_id())

def running_avg():
    total = count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add

avg = running_avg()
print([round(avg(x), 2) for x in [10, 20, 30, 5]])

def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result, done = fn(*a), True
        return result
    return wrapper

init = once(lambda x: print('init with', x) or x * 2)
print(init(5), init(7))
