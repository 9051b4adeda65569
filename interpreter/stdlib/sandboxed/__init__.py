"""Sandbox-side module sources: compiled and run by the sandbox, never by the host.

Each file here is the source of one module that a session builds for itself (see
``interpreter.stdlib.loader``).  The host never imports these files; names starting with
``_host`` are host values the session puts in the module's namespace before running it.
"""
