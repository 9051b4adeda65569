"""Ctrl-C handling for test runs: in the sandbox the kernel's interrupt stops the cell,
so these install nothing (``-c``/``catchbreak`` is accepted and has no effect)."""


def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    if method is not None:
        return method
    return None
