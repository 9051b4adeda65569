def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args[:arity])
        return lambda *more: curried(*args, *more)
    return curried

def vol(l, w, h):
    return l * w * h

cv = curry(vol, 3)
print(cv(2)(3)(4), cv(2, 3)(4), cv(2)(3, 4), cv(2, 3, 4))

def partial(fn, *pargs, **pkw):
    def wrapper(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return wrapper

def greet(greeting, name, punct='!'):
    return f'{greeting}, {name}{punct}'

hello = partial(greet, 'Hello')
print(hello('Ann'), hello('Bob', punct='?'))
polite = partial(greet, punct='.')
print(polite('Hi', 'Cy'))
print(list(map(partial(pow, 2), range(6))))
