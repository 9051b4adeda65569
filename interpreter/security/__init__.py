"""Sandbox security: the attribute guard, the value firewall, modules and builtins."""

from .guard import firewall, guarded_dir, guarded_getattr, guarded_hasattr

__all__ = ["firewall", "guarded_dir", "guarded_getattr", "guarded_hasattr"]
