"""Sandbox versions of allowed functions that change their arguments in place.

``functools.update_wrapper``, ``dataclasses.dataclass``, ``total_ordering``,
``typing.final``, ``abc.abstractmethod``, ``ABC.register``, ``copy`` with a
custom ``__reduce_ex__``... all set attributes or registries on the objects
they are given.  On objects the sandbox made that is fine; on host classes,
functions or shared objects it would change the host, so it is refused.
"""

from __future__ import annotations

import abc
import copy
import copyreg
import enum
import functools
import keyword
import sys
import types
from collections.abc import Callable
from typing import Any

from ..errors import SecurityError
from .firewall import sandbox_api
from .guard import firewall, is_user_class, is_user_object


def require_user(obj: Any, what: str) -> None:
    if not is_user_object(obj):
        name = getattr(obj, "__qualname__", type(obj).__name__)
        raise SecurityError(f"{what} cannot change {name}: it belongs to the host")


def in_place_decorator(real: Callable[..., Any], what: str) -> Callable[..., Any]:
    """``@real`` or ``@real(**options)``: the decorated object must be a user object."""
    def checked(*args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and not kwargs and callable(args[0]):
            require_user(args[0], what)
            return real(args[0])
        inner = real(*args, **kwargs)

        def checked_inner(target: Any) -> Any:
            require_user(target, what)
            return inner(target)
        return checked_inner
    checked.__name__ = checked.__qualname__ = getattr(real, "__name__", what)
    checked.__doc__ = real.__doc__
    return checked


def update_wrapper(wrapper: Any, wrapped: Any, *args: Any, **kwargs: Any) -> Any:
    require_user(wrapper, "functools.update_wrapper")
    return functools.update_wrapper(wrapper, wrapped, *args, **kwargs)


def wraps(wrapped: Any, *args: Any, **kwargs: Any) -> Callable[[Any], Any]:
    def decorate(wrapper: Any) -> Any:
        return update_wrapper(wrapper, wrapped, *args, **kwargs)
    return decorate


def dataclass(cls: Any = None, /, **kwargs: Any) -> Any:
    """``dataclasses.dataclass`` on user classes whose field names are identifiers.

    ``dataclasses`` writes field names into the source of ``__init__``/``__eq__``...
    and runs it with the host's ``exec``: a name must not be able to carry code.
    """
    import dataclasses

    def wrap(c: Any) -> Any:
        require_user(c, "dataclasses.dataclass")
        names = list(c.__dict__.get("__annotations__", {}))
        for base in c.__mro__[1:]:
            names += list(getattr(base, "__dataclass_fields__", {}))
        for name in names:
            if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name):
                raise SecurityError(f"dataclass field name {name!r} is not an identifier")
        return dataclasses.dataclass(c, **kwargs)
    return wrap if cls is None else wrap(cls)


@sandbox_api
class SafeCachedProperty(functools.cached_property):  # type: ignore[type-arg]
    """``functools.cached_property`` that caches only on sandbox objects."""

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        if instance is not None and not is_user_object(instance):
            raise SecurityError("cached_property can only store values on sandbox objects")
        return super().__get__(instance, owner)


def global_enum(cls: Any, *args: Any, **kwargs: Any) -> Any:
    raise SecurityError("enum.global_enum() changes a module's namespace; not allowed here")


@sandbox_api
class GuardedRegister:
    """``SomeABC.register(cls)`` only for ABCs made in the sandbox.

    A host ABC's registry is process-wide: registering a class there changes what
    ``isinstance`` answers for the host and for every other session.  Sandbox ABCs
    (``class Shape(abc.ABC)``) take any class, so virtual subclasses work as ever.
    """

    __slots__ = ("_method", "_abc")

    def __init__(self, method: Any, abc_cls: Any) -> None:
        self._method, self._abc = method, abc_cls

    def __call__(self, *args: Any) -> Any:
        target = (args + (None,))[0] if self._abc is None else self._abc  # ABCMeta.register
        if not is_user_class(target):
            name = getattr(target, "__qualname__", type(target).__name__)
            raise SecurityError(
                f"registering a class with the host ABC {name} would change it for the whole "
                "process; subclass it, or register with an ABC defined in the sandbox")
        return self._method(*args)


def read_register(obj: Any, name: str) -> Any:
    method = getattr(obj, name)
    if isinstance(obj, abc.ABCMeta):
        return GuardedRegister(method, obj)
    if obj is abc.ABCMeta:
        return GuardedRegister(method, None)
    if getattr(method, "__qualname__", None) == "singledispatch.<locals>.register":
        # a dispatcher made by the real singledispatch (singledispatchmethod's): its
        # register must not hand annotations to typing.get_type_hints
        from .annotations import register_checked
        from .modules import _active_evaluator

        return register_checked(method, _active_evaluator, is_user_class)
    return firewall(method)


# ---------------------------------------------------------------------------
# copy with checked reductions

_SAFE_CONSTRUCTORS = (copyreg.__newobj__, copyreg.__newobj_ex__, copyreg._reconstructor)


def _check_reduction(x: Any, rv: Any) -> None:
    """The callable of a reduction must build a new object, not hand back a host one."""
    if isinstance(rv, str):
        return
    func = rv[0]
    if func in _SAFE_CONSTRUCTORS or is_user_object(func):
        return
    if isinstance(func, type) and not issubclass(func, enum.Enum):
        return
    raise SecurityError(f"copying {type(x).__name__}: its __reduce_ex__ returns "
                        f"{getattr(func, '__qualname__', func)!r}, which is not allowed")


def _checked_state_target(y: Any, func: Any) -> None:
    if is_user_object(y) or is_user_object(func):
        if not is_user_object(y) and isinstance(y, type | types.FunctionType |
                                                  types.BuiltinFunctionType | types.ModuleType):
            raise SecurityError("a copy cannot change a host object")
        return
    if isinstance(y, type | types.FunctionType | types.BuiltinFunctionType | types.ModuleType):
        raise SecurityError("a copy cannot change a host object")


def _reduce(x: Any) -> Any:
    cls = type(x)
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    method = getattr(x, "__reduce_ex__", None)
    if method is not None:
        return method(4)
    method = getattr(x, "__reduce__", None)
    if method is not None:
        return method()
    raise copy.Error(f"un(deep)copyable object of type {cls}")


def _reconstruct(x: Any, memo: Any, func: Any, args: Any, state: Any = None,
                 listiter: Any = None, dictiter: Any = None, *, deep: bool) -> Any:
    if deep:
        args = safe_deepcopy(args, memo)
    y = func(*args)
    if state is not None or listiter is not None or dictiter is not None:
        _checked_state_target(y, func)
        # A reduction's constructor must make a new object: an Enum's __new__ or a cache
        # hands back a shared one (``copyreg.__newobj__(re.RegexFlag, 2)``), and the state
        # would then be written into the host's.  A new object has no other owner yet.
        if not is_user_object(y) and sys.getrefcount(y) > _FRESH_REFS:
            raise SecurityError(f"copying {type(x).__name__}: its reduction hands back an "
                                "existing object, whose state a copy must not change")
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = safe_deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(safe_deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key, value = safe_deepcopy(key, memo), safe_deepcopy(value, memo)
            y[key] = value
    return y


#: References to a new object inside _reconstruct: the local name and getrefcount's argument.
_FRESH_REFS = 2

_ATOMIC = (type(None), int, float, bool, complex, bytes, str, type(Ellipsis),
           type(NotImplemented), types.CodeType, type, range, types.BuiltinFunctionType,
           types.FunctionType, property)


def safe_copy(x: Any) -> Any:
    """``copy.copy`` whose reductions are checked."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x)
    _check_reduction(x, rv)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv, deep=False)


def safe_deepcopy(x: Any, memo: dict[int, Any] | None = None, _nil: Any = None) -> Any:
    """``copy.deepcopy`` whose reductions are checked at every level."""
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        y.extend(safe_deepcopy(a, memo) for a in x)
    elif cls is tuple:
        items = [safe_deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x, strict=True)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[safe_deepcopy(k, memo)] = safe_deepcopy(v, memo)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            rv = _reduce(x)
            _check_reduction(x, rv)
            y = x if isinstance(rv, str) else _reconstruct(x, memo, *rv, deep=True)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)  # keep x alive, as copy.deepcopy does
    return y


# ---------------------------------------------------------------------------
# Host helpers that copy sandbox objects with the real ``copy``


def _asdict_inner(obj: Any, factory: Any, as_tuple: bool) -> Any:
    import dataclasses

    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        values = [(f.name, _asdict_inner(getattr(obj, f.name), factory, as_tuple))
                  for f in dataclasses.fields(obj)]
        return factory([v for _, v in values] if as_tuple else values)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, factory, as_tuple) for v in obj])
    if isinstance(obj, list | tuple):
        return type(obj)(_asdict_inner(v, factory, as_tuple) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, factory, as_tuple),
                          _asdict_inner(v, factory, as_tuple)) for k, v in obj.items())
    return safe_deepcopy(obj)


def asdict(obj: Any, *, dict_factory: Any = dict) -> Any:
    """``dataclasses.asdict`` whose copies of field values are checked (the real one
    deep-copies them with the host's ``copy``, running their reductions unchecked)."""
    import dataclasses

    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory, False)


def astuple(obj: Any, *, tuple_factory: Any = tuple) -> Any:
    """``dataclasses.astuple`` with checked copies, like ``asdict``."""
    import dataclasses

    if not dataclasses.is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return _asdict_inner(obj, tuple_factory, True)


def _make_user_dict() -> type:
    import collections

    class UserDict(collections.UserDict):  # type: ignore[type-arg]
        __doc__ = collections.UserDict.__doc__

        def copy(self) -> Any:
            """A copy; a subclass's through the checked ``copy.copy``."""
            if self.__class__ is UserDict:
                return UserDict(self.data.copy())
            data = self.data
            try:
                self.data = {}
                c = safe_copy(self)
            finally:
                self.data = data
            c.update(self)
            return c

    UserDict.__module__ = "collections"
    return UserDict


UserDict = _make_user_dict()
