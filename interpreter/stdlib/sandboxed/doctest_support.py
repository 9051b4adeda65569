# ruff: noqa: F821 - names starting with _host are injected by the session
"""What CPython's doctest.py imports, as the sandbox offers it to doctest alone.

``sys`` is the library's live view (``livesys``: assigning ``sys.stdout`` redirects
the sandbox's stdout, ``sys.modules['__main__']`` is the session); ``inspect`` answers the questions doctest asks without reading code objects or
files; ``linecache``, ``pdb``, ``builtins`` and ``__future__`` are inert stand-ins.
"""


class Namespace:
    """A plain object with settable attributes (doctest patches some of these)."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


class Module:
    """A module named by an object's ``__module__`` (for ``inspect.getmodule``)."""

    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return f"<module {self.__name__!r}>"


main_module = _host_sys.modules['__main__']
_modules = {}


def _ismodule(object):
    return isinstance(object, (type(main_module), Module, _host_types['ModuleProxy']))


def _isfunction(object):
    return isinstance(object, _host_types['FunctionType'])


def _ismethod(object):
    return isinstance(object, _host_types['MethodType'])


def _isbuiltin(object):
    return isinstance(object, _host_types['BuiltinFunctionType'])


def _ismethoddescriptor(object):
    if isinstance(object, type) or _ismethod(object) or _isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def _ismethodwrapper(object):
    return isinstance(object, _host_types['MethodWrapperType'])


def _isroutine(object):
    return (_isbuiltin(object) or _isfunction(object) or _ismethod(object)
            or _ismethoddescriptor(object) or _ismethodwrapper(object))


def _unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    while hasattr(func, '__wrapped__') and (stop is None or not stop(func)):
        func = func.__wrapped__
        if id(func) in memo:
            raise ValueError(f'wrapper loop when unwrapping {f!r}')
        memo[id(func)] = func
    return func


def _getmodule(object, _filename=None):
    if _ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name == '__main__':
        return main_module
    if isinstance(name, str):
        if name not in _modules:
            _modules[name] = Module(name)
        return _modules[name]
    return None


def _no_source(object):
    raise TypeError("source files are not available in the sandbox")


def _false(object):
    return False


inspect = Namespace(
    ismodule=_ismodule, isclass=lambda object: isinstance(object, type),
    isfunction=_isfunction, ismethod=_ismethod, isbuiltin=_isbuiltin,
    ismethoddescriptor=_ismethoddescriptor, ismethodwrapper=_ismethodwrapper,
    isroutine=_isroutine, iscode=_false, isframe=_false, istraceback=_false,
    unwrap=_unwrap, getmodule=_getmodule, getsourcefile=_no_source, getfile=_no_source,
)
linecache = Namespace(getlines=lambda filename, module_globals=None: [])


class _Pdb:
    """Stands in for pdb.Pdb: the sandbox has no debugger."""

    def __init__(self, *args, **kwargs):
        pass

    def reset(self):
        pass

    def set_continue(self):
        pass

    def set_trace(self, frame=None):
        raise RuntimeError("pdb is not available in the sandbox")


pdb = Namespace(Pdb=_Pdb, set_trace=_Pdb().set_trace)
builtins = Namespace(_=None)
future = Namespace(all_feature_names=[])


def _basename(p):
    return p.rsplit('/', 1)[-1]


def _split(p):
    head, _, tail = p.rpartition('/')
    return head, tail


def _join(a, *p):
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


os = Namespace(curdir='.', path=Namespace(basename=_basename, split=_split, join=_join,
                                          exists=_false, pardir='..'))
