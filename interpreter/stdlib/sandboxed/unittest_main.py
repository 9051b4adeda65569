# ruff: noqa: F821 - names starting with _host are injected by the session
"""Unittest main program, finding the tests in the session's namespace.

``unittest.main()`` (and ``unittest.main(argv=[''], exit=False)`` as notebooks write it)
loads the TestCase classes of the session, runs them with ``TextTestRunner`` and, with
``exit=True``, raises ``SystemExit`` as CPython does.  Options: ``-v``, ``-q``, ``-f``,
``-b``, ``-c``, ``-k PATTERN``, ``--locals`` and test names (``MyTest.test_x``).
"""

import sys

from . import loader, runner
from .signals import installHandler

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


class _MainModule:
    """The session's namespace, read as ``__main__`` by the test loader."""

    def __init__(self, namespace):
        self.__dict__['_namespace'] = namespace

    def __getattr__(self, name):
        try:
            return self.__dict__['_namespace'][name]
        except KeyError:
            raise AttributeError(f"module '__main__' has no attribute '{name}'") from None

    def __dir__(self):
        return sorted(k for k in self.__dict__['_namespace'] if isinstance(k, str))

    def __repr__(self):
        return "<module '__main__'>"


def _convert_name(name):
    return name


def _convert_names(names):
    return [_convert_name(name) for name in names]


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = f'*{pattern}*'
    return pattern


class _Options:
    pass


def _parse(argv, prog):
    """The options of CPython's ``python -m unittest`` parser, without argparse."""
    opts = _Options()
    opts.verbosity = None
    opts.failfast = opts.catchbreak = opts.buffer = opts.tb_locals = None
    opts.patterns = None
    opts.tests = []
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg in ('-h', '--help'):
            sys.stdout.write(f"usage: {prog} [-h] [-v] [-q] [--locals] [-f] [-c] [-b] "
                             "[-k TESTNAMEPATTERNS] [tests ...]\n\n" +
                             MAIN_EXAMPLES % {'prog': prog})
            sys.exit(0)
        elif arg in ('-v', '--verbose'):
            opts.verbosity = 2
        elif arg in ('-q', '--quiet'):
            opts.verbosity = 0
        elif arg == '--locals':
            opts.tb_locals = True
        elif arg in ('-f', '--failfast'):
            opts.failfast = True
        elif arg in ('-c', '--catch'):
            opts.catchbreak = True
        elif arg in ('-b', '--buffer'):
            opts.buffer = True
        elif arg == '-k' or arg.startswith('-k'):
            value = arg[2:] if len(arg) > 2 else (args.pop(0) if args else None)
            if value is None:
                sys.stderr.write(f"usage: {prog} [-h] [-v] [-q] [--locals] [-f] [-c] [-b] "
                                 "[-k TESTNAMEPATTERNS] [tests ...]\n"
                                 f"{prog}: error: argument -k: expected one argument\n")
                sys.exit(2)
            if opts.patterns is None:
                opts.patterns = []
            opts.patterns.append(_convert_select_pattern(value))
        elif arg.startswith('-') and arg != '-':
            sys.stderr.write(f"usage: {prog} [-h] [-v] [-q] [--locals] [-f] [-c] [-b] "
                             "[-k TESTNAMEPATTERNS] [tests ...]\n"
                             f"{prog}: error: unrecognized arguments: {arg}\n")
            sys.exit(2)
        else:
            opts.tests.append(arg)
    return opts


class TestProgram:
    """A command-line program that runs a set of tests; this is primarily
       for making test modules conveniently executable.
    """
    # defaults for testing
    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            if module != '__main__':
                raise ImportError(f"unittest.main(module={module!r}): only the session's "
                                  "tests ('__main__') can be found in the sandbox")
            self.module = _MainModule(_host_main_namespace())
        else:
            self.module = module
        if argv is None:
            argv = sys.argv

        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None:
            # Like CPython when no -W options are given: show DeprecationWarnings once.
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit('/', 1)[-1] if argv else ''
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(f"usage: {self.progName} [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] "
              "[tests ...]")
        sys.exit(2)

    def parseArgs(self, argv):
        opts = _parse(argv[1:], self.progName or 'python -m unittest')
        for name in ('verbosity', 'failfast', 'catchbreak', 'buffer', 'tb_locals'):
            value = getattr(opts, name)
            if value is not None:
                setattr(self, name, value)
        if opts.patterns is not None:
            self.testNamePatterns = opts.patterns
        self.tests = opts.tests
        if self.tests:
            self.testNames = _convert_names(self.tests)
        elif self.defaultTest is None:
            # createTests will load tests from self.module
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # didn't accept the tb_locals argument
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                # didn't accept the verbosity, buffer or failfast arguments
                testRunner = self.testRunner()
        else:
            # it is assumed to be a TestRunner instance
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
