tests = [
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] + (2,),
    lambda: 'x' * 'y',
    lambda: None.foo,
    lambda: (1).real.imag.nope,
    lambda: [].missing(),
    lambda: {}['k'],
    lambda: [1, 2][5],
    lambda: 'abc'[10],
    lambda: int('12a'),
    lambda: float('x.y'),
    lambda: undefined_name,
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 2.0 // 0,
    lambda: len(5),
    lambda: -'a',
    lambda: ~1.5,
    lambda: [1, 2, 3].index(9),
    lambda: {1}.remove(2),
    lambda: next(iter([])),
    lambda: hash([]),
    lambda: chr(-1),
    lambda: [][::0],
    lambda: {}.popitem(),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, '|', e)
