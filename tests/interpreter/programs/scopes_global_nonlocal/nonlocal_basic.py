def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

inc, get = make_counter()
inc()
inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())

def outer():
    x = 'outer'
    def middle():
        x = 'middle'
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    m = middle()
    return x, m

print(outer())
