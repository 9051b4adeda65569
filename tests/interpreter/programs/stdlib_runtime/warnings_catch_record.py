import warnings


def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x + 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    old_api(2)
    warnings.warn("plain user warning")
    warnings.warn(RuntimeWarning("an instance"))
for w in caught:
    print(w.category.__name__, str(w.message), w.lineno)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("same place")
    warnings.warn("same place")
print(len(caught), [w.lineno for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only")
    warnings.warn("once only")
print(len(caught))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", category=FutureWarning)
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning:
        print("FutureWarning raised")
print([str(w.message) for w in caught])


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", MyWarning)
    warnings.warn("mine", MyWarning)
    warnings.warn("other")
print([(w.category.__name__, str(w.message)) for w in caught])
try:
    warnings.warn("bad", category=int)
except TypeError as e:
    print("TypeError:", e)
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print("AssertionError:", e)
