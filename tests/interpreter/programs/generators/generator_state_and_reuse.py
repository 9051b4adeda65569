def gen():
    yield 1
    yield 2

g = gen()
print(list(g), list(g))
print(iter(g) is g)
g2 = gen()
print(next(g2), list(g2))
ge = (x for x in range(3))
print(2 in ge, list(ge))

class Reusable:
    def __iter__(self):
        yield from range(3)

r = Reusable()
print(list(r), list(r), sum(r))
gens = [gen() for _ in range(2)]
print([next(g) for g in gens], [next(g) for g in gens])
zipped = zip(gen(), gen())
print(list(zipped))
print(list(map(lambda p: p[0] * p[1], zip(gen(), gen()))))
print(sorted(gen(), reverse=True), max(gen()), min(gen()), tuple(gen()))
print(dict.fromkeys(gen()), set(gen()) == {1, 2})
