"""The closure compiler; importing the family modules registers their node compilers."""

from . import (  # noqa: F401  (registration by import)
    calls,
    classes,
    comprehensions,
    exceptions,
    expressions,
    functions,
    imports,
    patterns,
    statements,
    yields,
)
from .core import Compiler, Env

__all__ = ["Compiler", "Env"]
