"""Python unit testing framework, based on Erich Gamma's JUnit and Kent Beck's
Smalltalk testing framework (used with permission).

This is the sandbox's ``unittest``: CPython's own modules run by the sandbox, with a
``main`` that finds the tests defined in the session (``unittest.main(argv=[''],
exit=False)`` in a notebook).
"""

from .async_case import IsolatedAsyncioTestCase  # noqa: F401
from .case import (  # noqa: F401
    FunctionTestCase,
    SkipTest,
    TestCase,
    addModuleCleanup,
    doModuleCleanups,
    enterModuleContext,
    expectedFailure,
    skip,
    skipIf,
    skipUnless,
)
from .loader import TestLoader, defaultTestLoader  # noqa: F401
from .main import TestProgram, main  # noqa: F401
from .result import TestResult  # noqa: F401
from .runner import TextTestResult, TextTestRunner  # noqa: F401
from .signals import installHandler, registerResult, removeHandler, removeResult  # noqa: F401
from .suite import BaseTestSuite, TestSuite  # noqa: F401

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']

__unittest = True
