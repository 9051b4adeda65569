"""IsolatedAsyncioTestCase: each test's async parts run with ``asyncio.run``."""

import asyncio

from .case import TestCase


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose setUp, test method, tearDown and cleanups may be coroutines.

    In a notebook cell that already runs an event loop, ``asyncio.run`` refuses to
    start a second one, as it does in CPython's kernel."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    def _callSetUp(self):
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None from a '
                          f'test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        return asyncio.run(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        ret = func(*args, **kwargs)
        if asyncio.iscoroutine(ret):
            return asyncio.run(ret)
        return ret
