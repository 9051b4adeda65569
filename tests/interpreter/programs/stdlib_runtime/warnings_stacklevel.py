import warnings


def helper():
    warnings.warn("from helper", UserWarning, stacklevel=1)


def api():
    warnings.warn("blame the caller", DeprecationWarning, stacklevel=2)


def deep():
    warnings.warn("two levels up", RuntimeWarning, stacklevel=3)


def middle():
    deep()


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    helper()
    api()
    middle()
for w in log:
    print(w.category.__name__, w.message, w.lineno, w.filename == log[0].filename)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for _ in range(3):
        api()
    for _ in range(3):
        helper()
print([(str(w.message), w.lineno) for w in log])
