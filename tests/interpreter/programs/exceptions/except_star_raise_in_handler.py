# Raising inside an except* handler: a new exception that is the only one left
# propagates by itself (not wrapped in a group); a bare raise re-raises the
# matched part as an ExceptionGroup; together with unhandled parts they are
# combined into one group.
def show(e):
    subs = getattr(e, "exceptions", None)
    return type(e).__name__ + ("" if subs is None else "[" + ", ".join(map(show, subs)) + "]")


def attempt(fn):
    try:
        fn()
    except BaseException as e:
        return show(e)
    return "no exception"


def new_exception():
    try:
        raise KeyError("k")
    except* KeyError:
        raise ValueError("new")


def bare_raise():
    try:
        raise KeyError("k")
    except* KeyError:
        raise


def new_plus_unhandled():
    try:
        raise ExceptionGroup("eg", [KeyError(1), TypeError(2)])
    except* KeyError:
        raise ValueError("new")


def from_group():
    try:
        raise ExceptionGroup("eg", [KeyError(1), KeyError(2)])
    except* KeyError as eg:
        raise RuntimeError(f"{len(eg.exceptions)} keys") from eg


for fn in (new_exception, bare_raise, new_plus_unhandled, from_group):
    print(fn.__name__, attempt(fn))
try:
    new_exception()
except ValueError as e:
    print("caught by a plain except:", repr(e), "| context:", show(e.__context__))
