import itertools
import operator

sales = [("north", "q1", 10), ("south", "q1", 7), ("north", "q2", 12), ("south", "q2", 3), ("east", "q1", 5)]
key = operator.itemgetter(0)
for region, rows in itertools.groupby(sorted(sales, key=key), key=key):
    rows = list(rows)
    print(region, sum(map(operator.itemgetter(2), rows)), list(map(operator.itemgetter(1), rows)))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(list(itertools.starmap(operator.pow, [(2, 3), (3, 2)])))
print(sorted(sales, key=operator.itemgetter(2), reverse=True)[:2])
print(list(map(operator.sub, [10, 20], [1, 2])), list(filter(operator.not_, [0, 1, "", "a"])))
