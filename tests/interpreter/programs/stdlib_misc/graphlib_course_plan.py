from graphlib import TopologicalSorter

prereqs = {
    "Algorithms": {"Data Structures", "Discrete Math"},
    "Data Structures": {"Intro Programming"},
    "Discrete Math": {"Calculus I"},
    "Machine Learning": {"Algorithms", "Linear Algebra", "Statistics"},
    "Statistics": {"Calculus I"},
    "Linear Algebra": {"Calculus I"},
}
ts = TopologicalSorter(prereqs)
ts.prepare()
semester = 1
while ts.is_active():
    ready = sorted(ts.get_ready())
    print(f"semester {semester}: {', '.join(ready)}")
    ts.done(*ready)
    semester += 1
order = list(TopologicalSorter(prereqs).static_order())
print(order.index("Calculus I") < order.index("Machine Learning"), len(order))
