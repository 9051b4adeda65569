def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

print(make_fact()(10))

def y_combinator(f):
    return (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))

fib = y_combinator(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print([fib(i) for i in range(12)])

def tree_sum():
    total = 0
    def walk(node):
        nonlocal total
        if isinstance(node, list):
            for child in node:
                walk(child)
        else:
            total += node
    walk([1, [2, [3, 4]], [[5]], 6])
    return total

print(tree_sum())
even = lambda n: True if n == 0 else odd(n - 1)
odd = lambda n: False if n == 0 else even(n - 1)
print(even(10), odd(7), even(3))
