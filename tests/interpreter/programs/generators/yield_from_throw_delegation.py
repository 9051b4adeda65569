def sub():
    try:
        yield 'sub-1'
        yield 'sub-2'
    except KeyError as e:
        print('sub handled', repr(e))
        yield 'sub-recovered'
    finally:
        print('sub finally')

def main():
    try:
        yield from sub()
        yield 'main-after'
    except ValueError as e:
        print('main handled', repr(e))
        yield 'main-recovered'

g = main()
print(next(g))
print(g.throw(KeyError('k')))
print(next(g))
print(next(g, 'exhausted'))
g2 = main()
next(g2)
print(g2.throw(ValueError('v')))
g3 = main()
next(g3)
g3.close()
print('g3 closed')
