"""Module docstring for the conformance corpus."""

count: int = 0
label: str
print(__doc__)
print(__name__, __debug__)
print(__annotations__)
try:
    print(label)
except NameError as e:
    print(type(e).__name__, e)

def f():
    """Function docstring."""
    return __name__

class C:
    """Class docstring."""
    attr: float = 1.5

print(f(), f.__doc__, C.__doc__, C.__annotations__)
print(sorted(k for k in globals() if not k.startswith('__')))
print('__doc__' in globals(), '__name__' in globals(), '__annotations__' in globals())
