"""Plain recursive calls: fib(27), about 636,000 calls at shallow depth.

Compared per call with fib(20) (the ``recursion_calls`` program): the issue's
target is that the cost per call does not grow with the number of calls.
"""


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


assert fib(27) == 196418
