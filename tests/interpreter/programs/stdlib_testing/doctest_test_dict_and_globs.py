import contextlib
import doctest
import io
import re

__test__ = {
    "arithmetic": """
    >>> 6 * 7
    42
    >>> x = 10
    >>> x + base
    15
    """,
}


def uses_globals():
    """
    >>> base + 1
    6
    >>> extra
    'from extraglobs'
    """


base = 5
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    res = doctest.testmod(extraglobs={"extra": "from extraglobs"}, verbose=False)
print(res, repr(buf.getvalue()))
finder = doctest.DocTestFinder()
tests = finder.find(uses_globals, "uses_globals", globs={"base": 1, "extra": "e"})
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
for t in tests:
    runner.run(t, out=out.write)
print(runner.failures, runner.tries)
print(re.sub(r'File "[^"]*"', 'File "X"', out.getvalue()).replace(" " * 4, "_"))
