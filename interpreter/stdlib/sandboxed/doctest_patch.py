# ruff: noqa: F821 - runs appended to CPython's doctest.py, in its namespace
# Line numbers of docstrings come from the session's own cells (doctest would read
# function code objects, which the sandbox does not hand out).


def _find_lineno(self, obj, source_lines):
    """Return a line number of the given object's docstring (0-based), or None."""
    lineno = None
    docstring = getattr(obj, '__doc__', None)
    if inspect.ismodule(obj) and docstring is not None:
        return 0
    if inspect.ismethod(obj):
        obj = obj.__func__
    if isinstance(obj, property):
        obj = obj.fget
    if (inspect.isclass(obj) and docstring is not None) or (
            inspect.isfunction(obj) and getattr(obj, '__doc__', None)):
        lineno = _host_docstring_line(obj)
    return lineno


DocTestFinder._find_lineno = _find_lineno
del _find_lineno
