# Function variables in every state: unbound, bound late, deleted, named like
# interpreter internals, caught exceptions unbound after their handler, handler types
# evaluated lazily and in order, bad handler types.
import traceback


def unbound_read(flag):
    if flag:
        x = 1
    return x


for flag in (True, False):
    try:
        print(unbound_read(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


def only_in_dead_branch():
    if False:
        y = 2
    try:
        return y
    except NameError as e:
        return type(e).__name__ + ": " + str(e)


print(only_in_dead_branch())


def internal_looking_names(_pbx_D, _pbx_F=3):
    _pbx_L = _pbx_D + _pbx_F
    _pbx_K0 = [_pbx_L] * 2
    _pbx_exc = sum(_pbx_K0)
    for _pbx_x1 in range(3):
        _pbx_exc += _pbx_x1
    return _pbx_exc


print(internal_looking_names(1), internal_looking_names(2, _pbx_F=5))


def caught_name_is_unbound():
    try:
        1 / 0
    except ZeroDivisionError as err:
        print("caught", err)
    try:
        return err
    except UnboundLocalError as e:
        return "after the handler: " + str(e)


print(caught_name_is_unbound())


order = []


def kind(name, result):
    order.append(name)
    return result


def lazy_handlers(exc):
    try:
        raise exc
    except kind("first", KeyError):
        return "KeyError"
    except kind("second", (IndexError, ValueError)) as e:
        return "Index/Value " + type(e).__name__
    except kind("third", Exception):
        return "Exception"


print(lazy_handlers(KeyError()), order)
order.clear()
print(lazy_handlers(ValueError()), order)
order.clear()
print(lazy_handlers(RuntimeError()), order)


def bad_handler():
    try:
        raise ValueError("v")
    except 42:
        return "no"


try:
    bad_handler()
except TypeError as e:
    print("TypeError:", e, "| context:", repr(e.__context__))


def deleted_then_read():
    z = 5
    del z
    try:
        return z
    except UnboundLocalError as e:
        return str(e)


print(deleted_then_read())


def with_locals_call(a, b=2):
    c = a + b
    return sorted(locals().items())


print(with_locals_call(1))


def error_line():
    total = 0
    for i in range(3):
        total += 10 // (2 - i)
    return total


try:
    error_line()
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print(lines[-1])


def reraise_in_handler(n):
    try:
        return [1, 2][n]
    except IndexError:
        try:
            return {"a": 1}["b"]
        except KeyError as inner:
            return "nested " + repr(inner) + " " + repr(inner.__context__)


print(reraise_in_handler(0), reraise_in_handler(5))


def comprehension_names_like_internals(n):
    a = [_pbxR * 2 for _pbxR in range(n)]
    b = {_pbxN: _pbxL for _pbxN, _pbxL in zip("abc", range(n))}
    c = sum(_pbxx1 for _pbxx1 in range(n) if _pbxx1 % 2)
    d = {(_pbxF, _pbxIT) for _pbxF in range(2) for _pbxIT in range(2)}
    return a, b, c, sorted(d)


print(comprehension_names_like_internals(3))
print([_pbxOWN for _pbxOWN in "xy"], [k for k in range(3) if k])
