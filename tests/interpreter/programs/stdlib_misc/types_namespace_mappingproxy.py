import types

ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
del ns.a
print(ns, ns.b, vars(ns))
print(ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
ns.self = ns
print(ns)
print(repr(types.SimpleNamespace()))


class Config(types.SimpleNamespace):
    pass


print(Config(debug=True), isinstance(Config(), types.SimpleNamespace))
config = {"debug": False, "level": 3}
view = types.MappingProxyType(config)
print(view["level"], len(view), list(view), view.get("x", "default"), "debug" in view)
config["level"] = 4
print(view["level"], dict(view.items()), view.copy())
try:
    view["new"] = 1
except TypeError as e:
    print("TypeError:", e)
print(type(view).__name__, view | {"extra": 1})
