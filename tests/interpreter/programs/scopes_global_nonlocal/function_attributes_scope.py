def counter():
    counter.calls += 1
    return counter.calls

counter.calls = 0
counter()
counter()
print(counter.calls)

def make_adders():
    adders = {}
    for n in (1, 5, 10):
        def add(x, n=n):
            return x + n
        adders[n] = add
    return adders

ad = make_adders()
print(ad[1](1), ad[5](1), ad[10](1))

def outer():
    secrets = []
    def store(v):
        secrets.append(v)
    def reveal():
        return list(secrets)
    return store, reveal

s, r = outer()
s('a')
s('b')
print(r())
print(counter.__name__, make_adders.__name__)
