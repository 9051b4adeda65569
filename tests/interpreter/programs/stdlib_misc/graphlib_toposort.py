from graphlib import CycleError, TopologicalSorter

deps = {"app": {"lib", "utils"}, "lib": {"utils", "core"}, "utils": {"core"}, "tests": {"app"}}
ts = TopologicalSorter(deps)
order = list(ts.static_order())
print(order)
print(order.index("core") < order.index("utils") < order.index("lib") < order.index("app"))
ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(2, 1)
ts.add(1)
print(tuple(ts.static_order()))
ts = TopologicalSorter({"b": ["a"], "c": ["a"], "d": ["b", "c"]})
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds)
try:
    list(TopologicalSorter({"x": {"y"}, "y": {"x"}}).static_order())
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))
ts = TopologicalSorter({1: [0]})
ts.prepare()
try:
    ts.add(2, 1)
except ValueError as e:
    print("ValueError:", e)
