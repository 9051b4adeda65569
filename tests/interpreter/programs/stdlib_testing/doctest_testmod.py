"""A module docstring with an example.

>>> 2 + 2
4
"""
import contextlib
import doctest
import io
import re


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(-2)
    4
    """
    return x * x


def broken(x):
    """This one is wrong.

    >>> broken(2)
    5
    >>> print('a\\nb')
    a
    b
    >>> broken('x')
    Traceback (most recent call last):
        ...
    TypeError: can only concatenate str (not "int") to str
    """
    return x + 2


class Greeter:
    """Greets people.

    >>> Greeter("Ann").greet()
    'Hello, Ann!'
    """

    def __init__(self, name):
        self.name = name

    def greet(self):
        """
        >>> Greeter("Bob").greet().upper()
        'HELLO, BOB!'
        """
        return f"Hello, {self.name}!"


buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    result = doctest.testmod()
print(re.sub(r'File "[^"]*"', 'File "X"', buf.getvalue()))
print(result, result.failed, result.attempted)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    doctest.testmod(verbose=True)
lines = buf.getvalue().splitlines()
print(lines[:8])
print(lines[-6:])
