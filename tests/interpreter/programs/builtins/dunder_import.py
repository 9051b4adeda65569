# __import__ of allowed modules behaves like the import statement: the same
# module object, fromlist, dotted names returning the top package, importlib-free
# dynamic imports from a list of names, and an ImportError (the sandbox's own
# subclass) for a missing module.
import math
import collections

m = __import__("math")
print(m is math, m.sqrt(16), m.__name__)
names = ["math", "json", "itertools", "functools"]
mods = {n: __import__(n) for n in names}
print(sorted(mods), mods["json"].dumps({"a": [1, 2]}), list(mods["itertools"].islice("abcdef", 3)))
c = __import__("collections", globals(), locals(), ["OrderedDict", "Counter"], 0)
print(c is collections, c.Counter("hello").most_common(1))
abc_mod = __import__("collections.abc")
print(abc_mod is collections, hasattr(abc_mod, "abc"))
fn = __import__("functools", fromlist=["reduce"]).reduce
print(fn(lambda a, b: a * b, range(1, 6)))
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print("ImportError", e.name)
print(callable(__import__), __import__.__name__)
