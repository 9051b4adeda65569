# ruff: noqa: F821 - names starting with _host are injected by the session
"""Names for the types of the sandbox's objects (the sandbox's ``types``).

Run by the sandbox.  ``_host_types`` is injected: the real types offered as they are.
Constructors that reach code or frames (``FunctionType``, ``CodeType``...) are not offered;
``FunctionType``, ``LambdaType``, ``MethodType`` and ``ModuleType`` answer ``isinstance``
and ``issubclass`` but cannot be called.
"""

AsyncGeneratorType = _host_types["AsyncGeneratorType"]
BuiltinFunctionType = _host_types["BuiltinFunctionType"]
BuiltinMethodType = _host_types["BuiltinMethodType"]
ClassMethodDescriptorType = _host_types["ClassMethodDescriptorType"]
CoroutineType = _host_types["CoroutineType"]
DynamicClassAttribute = _host_types["DynamicClassAttribute"]
EllipsisType = _host_types["EllipsisType"]
GeneratorType = _host_types["GeneratorType"]
GenericAlias = _host_types["GenericAlias"]
GetSetDescriptorType = _host_types["GetSetDescriptorType"]
MappingProxyType = _host_types["MappingProxyType"]
MemberDescriptorType = _host_types["MemberDescriptorType"]
MethodDescriptorType = _host_types["MethodDescriptorType"]
MethodWrapperType = _host_types["MethodWrapperType"]
NoneType = _host_types["NoneType"]
NotImplementedType = _host_types["NotImplementedType"]
UnionType = _host_types["UnionType"]
WrapperDescriptorType = _host_types["WrapperDescriptorType"]

_running = set()


class SimpleNamespace(_host_types["SimpleNamespace"]):
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _running:
            return name + "(...)"
        _running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items()
                              if isinstance(k, str) and k)
        finally:
            _running.discard(key)
        return f"{name}({items})"

_checks = {
    "FunctionType": _host_types["FunctionType"],
    "LambdaType": _host_types["FunctionType"],
    "MethodType": _host_types["MethodType"],
    "ModuleType": _host_types["ModuleProxy"],
}

_names = {"FunctionType": "function", "LambdaType": "function", "MethodType": "method",
          "ModuleType": "module"}


class _CheckOnly(type):
    """A type the sandbox names for ``isinstance`` but does not let anyone construct."""

    def __instancecheck__(cls, obj):
        real = _checks.get(cls.__name__)
        return real is not None and isinstance(obj, real)

    def __subclasscheck__(cls, sub):
        real = _checks.get(cls.__name__)
        return real is not None and isinstance(sub, type) and issubclass(sub, real)

    def __call__(cls, *args, **kwargs):
        raise TypeError(f"types.{cls.__name__}() cannot be called in the sandbox "
                        "(isinstance() and issubclass() work)")

    def __repr__(cls):
        return f"<class '{_names.get(cls.__name__, cls.__name__)}'>"


class FunctionType(metaclass=_CheckOnly):
    """The type of user-defined functions (for isinstance checks only)."""


class LambdaType(metaclass=_CheckOnly):
    """The type of lambda functions (for isinstance checks only)."""


class MethodType(metaclass=_CheckOnly):
    """The type of bound methods (for isinstance checks only)."""


class ModuleType(metaclass=_CheckOnly):
    """The type of modules (for isinstance checks only)."""


del _host_types
