# ruff: noqa: F821 - names starting with _host are injected by the session
"""``sys`` as the sandbox's own library modules see it (unittest, doctest, pprint).

Reading ``sys.stdout`` gives what it is right now (a redirection's target, or the
session's stream) as an object to keep, and assigning it redirects the sandbox's
stdout, as CPython's library code expects of ``sys``.  ``sys.modules['__main__']`` is
the session.  Everything else is the sandbox's ``sys``.
"""


class Namespace:
    """A plain object with settable attributes."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)


class MainModule:
    """The session's ``__main__``: its attributes are the session's namespace."""

    def __init__(self, namespace):
        self.__dict__ = namespace

    def __repr__(self):
        return "<module '__main__'>"


main_module = MainModule(_host_main_namespace())


class LiveSys:
    flags = Namespace(optimize=0)
    path = []

    def __init__(self):
        self.__dict__['_pushed'] = {}
        self.displayhook = self.__displayhook__ = _host_displayhook

    def __getattr__(self, name):
        return getattr(_host_sys, name)

    def _get(self, name):
        pushed = self.__dict__['_pushed']
        return pushed[name] if name in pushed else _host_current(name)

    def _set(self, name, value):
        pushed = self.__dict__['_pushed']
        if name in pushed:
            _host_unredirect(name, pushed.pop(name))
        if value is not _host_current(name):
            _host_redirect(name, value)
            pushed[name] = value

    @property
    def stdout(self):
        return self._get('stdout')

    @stdout.setter
    def stdout(self, value):
        self._set('stdout', value)

    @property
    def stderr(self):
        return self._get('stderr')

    @stderr.setter
    def stderr(self, value):
        self._set('stderr', value)

    @property
    def modules(self):
        modules = dict(_host_sys.modules)
        modules['__main__'] = main_module
        return modules

    def _getframe(self, depth=0):
        raise RuntimeError("frames are not available in the sandbox")

    def gettrace(self):
        return None

    def settrace(self, function):
        pass

    def __repr__(self):
        return "<module 'sys' (sandboxed)>"


sys = LiveSys()
