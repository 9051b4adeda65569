"""Classes 4, 5 and 6: size checks on real values, endless C iterators, alarms that keep
firing, and ``decimal`` within the time limit.

Each attack must end with a limit (or a clear refusal) well within its bound, and the
session must keep working.  Legitimate uses of the same functions still work.
"""

from __future__ import annotations

import resource
import time
import types

import psutil
import pytest

from interpreter.errors import LimitExceeded, SecurityError
from interpreter.security import limits

from ._sandbox import OK

pytestmark = pytest.mark.timeout(120, method="thread")

BOUND = 10.0
REFUSED = (LimitExceeded, SecurityError, MemoryError, RecursionError)


@pytest.fixture(autouse=True)
def _address_space_cap():
    """A missing check must fail with a host MemoryError, not take the machine down."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = psutil.Process().memory_info().vms + 6 * 2**30
    for other in (soft, hard):
        if other != resource.RLIM_INFINITY:
            cap = min(cap, other)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _refused(box, code, *, expect=REFUSED, bound=BOUND, **policy):
    policy.setdefault("timeout", 3)
    policy.setdefault("max_memory_mb", 512)
    s = box.session(**policy)
    out = box.attack(code, expect, session=s)
    assert out.elapsed < bound, f"took {out.elapsed:.1f} s\n{out.describe()}"
    box.assert_alive(s)
    return out


# ---------------------------------------------------------------------------
# Class 4: sizes from the values the C code uses

LYING = [
    pytest.param("class I(int):\n    def __int__(self): return 1\n"
                 "    def __index__(self): return 1\n'x' * I(10 ** 12)", id="int-subclass"),
    pytest.param("class I(int):\n    def __index__(self): return 1\n[0] * I(10 ** 11)",
                 id="int-subclass-list"),
    pytest.param("class N:\n    k = 0\n    def __index__(self):\n        N.k += 1\n"
                 "        return 1 if N.k == 1 else 10 ** 12\n'x' * N() * N()",
                 id="index-that-changes"),
    pytest.param("class S(str):\n    def __len__(self): return 1\nS('abc') * 10 ** 11",
                 id="str-subclass-len"),
    pytest.param("class S(str):\n    def __iter__(self): return iter('a')\n"
                 "    def __len__(self): return 1\nS('ab' * 1000).ljust(10 ** 12)",
                 id="str-subclass-ljust"),
    pytest.param("class I(int):\n    def __index__(self): return 1\n"
                 "'{:>{}}'.format(1, I(10 ** 12))", id="format-width-int-subclass"),
    pytest.param("class I(int):\n    def __index__(self): return 5\n"
                 "'%*d' % (I(10 ** 11), 7)", id="percent-star-int-subclass"),
]


@pytest.mark.parametrize("code", LYING)
def test_size_checks_use_the_c_level_values(box, code):
    _refused(box, code)


SEQUENCE_SUBCLASSES = [
    pytest.param("class S(str): pass\nS('%*d') % (10 ** 9, 7)", id="str-subclass-percent"),
    pytest.param("bytearray(b'%*d') % (10 ** 9, 7)", id="bytearray-percent"),
    pytest.param("class B(bytes): pass\nB(b'%*d') % (10 ** 9, 7)", id="bytes-subclass-percent"),
    pytest.param("class L(list): pass\nx = L([0])\nwhile True:\n    x = x + x",
                 id="list-subclass-doubling"),
    pytest.param("class S(str): pass\nS('ab') * 10 ** 11", id="str-subclass-repeat"),
]


@pytest.mark.parametrize("mode", ["specialised", "generic"])
@pytest.mark.parametrize("code", SEQUENCE_SUBCLASSES)
def test_operator_fast_paths_send_sequence_subclasses_to_the_check(box, monkeypatch, code,
                                                                   mode):
    """Both compilers' operator fast paths skip the size check only for types that cannot
    grow: a subclass of str, bytes or list (or a bytearray) is checked before it grows."""
    monkeypatch.setattr("interpreter.session.compiler_specialises",
                        lambda: mode == "specialised")
    _refused(box, code)


MISSING_BEFORE = [
    pytest.param("'%*d' % (10 ** 11, 7)", id="percent-star"),
    pytest.param("fmt = '%' + '1' * 11 + 'd'\nfmt % 3", id="percent-width-computed"),
    pytest.param("import array\narray.array('b', [0]) * 10 ** 12", id="array-repeat"),
    pytest.param("a = __import__ if False else None\nimport array\n"
                 "x = array.array('q', [0])\nx *= 10 ** 11", id="array-inplace-repeat"),
    pytest.param("(1).to_bytes(10 ** 12, 'big')", id="int.to_bytes"),
    pytest.param("int.to_bytes(1, 10 ** 12, 'big')", id="unbound-to_bytes"),
    pytest.param("('a' * 1000).replace('a', 'b' * 10 ** 7)", id="str.replace"),
    pytest.param("(b'a' * 1000).replace(b'', b'b' * 10 ** 7)", id="bytes.replace-empty"),
    pytest.param("('a' * 10 ** 5).translate({97: 'x' * 10 ** 6})", id="str.translate"),
    pytest.param("x = [0]\nwhile True:\n    x = x + x", id="list-doubling"),
    pytest.param("x = 'ab'\nwhile True:\n    x += x", id="str-doubling-inplace"),
    pytest.param("x = b'ab'\nwhile True:\n    x = x + x", id="bytes-doubling"),
    pytest.param("import itertools\n''.join(itertools.repeat('z' * 1000, 3000000))",
                 id="join-over-repeat"),
    pytest.param("''.join(map(str, ['z' * 1000] * 3000000))", id="join-over-map"),
    pytest.param("sum(range(10 ** 10), 0)", id="sum-two-args"),
    pytest.param("sum(start=0, iterable=range(10 ** 10)) if False else "
                 "max(range(10 ** 12), key=None)", id="max-with-keyword"),
    pytest.param("f = 'x'.ljust\nf(10 ** 12)", id="bound-method-as-value"),
    pytest.param("str.ljust('x', 10 ** 12)", id="unbound-method"),
    pytest.param("'x'.__mul__(10 ** 12)", id="dunder-call"),
    pytest.param("import operator, functools\nfunctools.reduce(operator.mul, ['ab', 10 ** 12])",
                 id="operator-called-from-C"),
    pytest.param("import operator\noperator.call(str.ljust, 'x', 10 ** 12)",
                 id="operator.call"),
    pytest.param("import operator\noperator.methodcaller('ljust', 10 ** 12)('x')",
                 id="methodcaller"),
    pytest.param("import math\nmath.factorial(10 ** 9)", id="factorial"),
    pytest.param("import random\nrandom.randbytes(10 ** 12)", id="randbytes"),
    pytest.param("import itertools\nlist(itertools.permutations(range(20)))",
                 id="permutations"),
    pytest.param("dict(zip(range(10 ** 12), range(10 ** 12)))", id="dict-of-zip"),
    pytest.param("s = set()\ns.update(range(10 ** 12))", id="set.update"),
    pytest.param("x = []\nx.extend(map(abs, range(10 ** 12)))", id="list.extend-map"),
    pytest.param("import collections\ncollections.Counter(range(10 ** 12))", id="Counter"),
    pytest.param("import collections\ncollections.deque(range(10 ** 13), maxlen=0)",
                 id="deque-maxlen-0"),
]


@pytest.mark.parametrize("code", MISSING_BEFORE)
def test_checks_that_were_missing(box, code):
    _refused(box, code, max_operations=None)


def test_print_of_a_huge_string_does_not_copy_it(box):
    """The output limit cuts a 1 GB print before it is joined or encoded."""
    rss = psutil.Process().memory_info().rss
    s = box.session(max_memory_mb=1536, timeout=20)
    out = box.attack("s = 'x' * 10 ** 9\nprint(s, s, sep='')\ndel s", OK, session=s)
    grew = psutil.Process().memory_info().rss - rss
    assert "output truncated" in out.stdout
    assert grew < 1.5 * 2**30, f"printing grew the process by {grew / 2**30:.1f} GiB"


@pytest.mark.parametrize("code, value", [
    ("'%*d|' % (5, 7)", "    7|"),
    ("'%-*.*f' % (8, 2, 3.14159)", "3.14    "),
    ("x = [1]\nfor _ in range(10):\n    x = x + x\nlen(x)", 1024),
    ("s = 'ab'\ns += s\ns", "abab"),
    ("sum(range(10 ** 7))", 49999995000000),
    ("any(range(1, 10 ** 13)), all(range(0, 10 ** 13))", (True, False)),
    ("'-'.join(str(i) for i in range(5))", "0-1-2-3-4"),
    ("(255).to_bytes(2, 'big')", b"\x00\xff"),
    ("'abc'.replace('b', 'xyz')", "axyzc"),
    ("import math\nmath.comb(10 ** 6, 2)", 499999500000),
    ("class N:\n    def __index__(self): return 3\n'ab' * N()", "ababab"),
    ("class R(str):\n    def __mul__(self, n): return 'own'\nR('x') * 10 ** 12", "own"),
])
def test_legitimate_uses_still_work(box, code, value):
    out = box.attack(code, OK, max_operations=None)
    assert out.value == value, out.describe()


def test_every_call_shape_goes_through_the_hook(box):
    """call0/1/2/n/keywords/star-args: the same guard for ``str.ljust``."""
    for call in ("f(10 ** 12)", "f(10 ** 12, ' ')", "f(*[10 ** 12])", "f(10 ** 12, *[' '])",
                 "f(width=10 ** 12) if False else f(*(10 ** 12, ' '))"):
        _refused(box, f"f = 'x'.ljust\n{call}")


def test_no_python_function_has_a_pre_call_guard():
    """Generated call sites call a Python function or method without the table lookup:
    every guarded callee is a host C callable, and registering a Python one fails."""
    import interpreter.security.precall  # noqa: F401  (registers its guards)

    kept = {id(o): o for o in limits._KEEP}
    assert set(limits.GUARDED_CALLS) <= set(kept)
    assert not [o for o in kept.values() if type(o) in (types.FunctionType, types.MethodType)]

    def python_function(*args):
        return args
    method = types.MethodType(python_function, object())
    for fn in (python_function, method):
        with pytest.raises(TypeError):
            limits._guard(fn)(lambda rt, fn, args, kwargs: None)
        assert id(fn) not in limits.GUARDED_CALLS


def test_builtins_called_by_identity_have_no_pre_call_guard(box):
    """A call site that names a builtin tests for the builtin it meant when it was
    compiled and calls it at once: no guarded builtin qualifies, and the table gains
    only exception classes (``guard_exception_class``) once code runs."""
    import builtins as host_builtins

    from interpreter.compiler.inline import called_unchecked

    before = set(limits.GUARDED_CALLS)
    _refused(box, "sum(range(10 ** 12))")
    _refused(box, "s = sorted\ns(range(10 ** 12))")
    box.session().run_cell_sync("import json, decimal, collections\ntry:\n    json.loads('[')\n"
                      "except ValueError:\n    pass\nlen([1]), abs(-1), range(3)")
    added = set(limits.GUARDED_CALLS) - before
    grown = [o for o in limits._KEEP if id(o) in added]
    assert len(grown) == len(added)
    assert all(isinstance(o, type) and issubclass(o, BaseException) for o in grown)
    guarded = [v for v in vars(host_builtins).values() if id(v) in limits.GUARDED_CALLS]
    assert len(guarded) > 20
    assert not [v for v in guarded if called_unchecked(v)]
    assert called_unchecked(len) and called_unchecked(range)
    assert not called_unchecked(ValueError)


def test_small_arguments_called_at_once_are_below_the_consumer_guard():
    """``set(items)`` skips ``limits._consumer`` only for arguments it would neither
    size nor count, and only for callees that guard covers."""
    from interpreter.compiler import inline

    n = inline._SMALL_LENGTH
    assert n * max(limits._PER_ITEM.values()) < limits._SMALL and n <= limits._COUNTED
    for fn, (kinds, _item) in inline._ONE_ARGUMENT.items():
        guard = limits.GUARDED_CALLS.get(id(fn))
        assert guard is not None, fn
        if kinds is inline._SMALL_CONTAINERS:
            assert fn in limits.CONSUMERS and guard is limits._consumer, fn


def test_fused_arithmetic_checks_every_operand_that_is_not_a_number(box):
    """A tree of operators over locals runs unchecked only when every local holds an
    int or a float: a str, a list, a big exponent or a user class reaches the checks."""
    _refused(box, "def f(s, n):\n    return s * n + s\nf('x', 10 ** 10)")
    _refused(box, "def f(s, n):\n    t = s + s\n    return t * n * n\nf([1], 10 ** 6)")
    _refused(box, "def f(a, b):\n    return a ** b + 1\nf(10, 10 ** 12)")
    _refused(box, "def f(a, b):\n    c = a % b\n    return c * b + a\nf('%s', 10 ** 9)")
    _refused(box, "def f(n):\n    for i in range(n):\n        s = 'ab' * i + 'c' * i\n"
                  "        if i > 2:\n            s = 'ab' * n * i + 'c'\nf(10 ** 9)")


def test_hook_tables_are_documented():
    """The API the compiler uses is described where it lives."""
    doc = limits.__doc__ or ""
    for name in ("GUARDED_CALLS", "GUARDED_METHODS", "guard_for", "checked_binop",
                 "check_format_spec", "guarded_call"):
        assert name in doc


# ---------------------------------------------------------------------------
# Class 5: endless host iterators meet C consumers

ENDLESS = [
    "import itertools\nsum(itertools.count())",
    "import itertools, collections\ncollections.deque(itertools.count(), maxlen=0)",
    "import itertools, math\nmath.prod(itertools.repeat(2))",
    "import itertools\ndict.fromkeys(itertools.count())",
    "import itertools\nmax(itertools.cycle([1, 2]))",
    "import itertools\nsorted(itertools.repeat(1))",
    "import itertools\n''.join(itertools.repeat('a'))",
    "import itertools\nset(itertools.count())",
    "sum(iter(int, 1))",
    "import random\nsum(iter(random.random, 2.0))",
    "import itertools\nnext(filter(None, itertools.repeat(0)))",
    "import itertools\nnext(itertools.islice(itertools.count(), 10 ** 15, None))",
    "import itertools\nnext(itertools.dropwhile(bool, itertools.repeat(1)))",
    "import itertools\nlist(zip(itertools.count(), itertools.count()))",
    "import itertools\nsum(map(abs, itertools.count()))",
    "import itertools\nany(x < 0 for x in itertools.count()) if False else "
    "sum(itertools.accumulate(itertools.repeat(1)))",
    # generator expressions go to their consumer at once: their own steps count
    "import itertools\nsum(x for x in itertools.count())",
    "max(x for x in range(10 ** 15))",
    "list(x for x in range(10 ** 15))",
    "def f(n):\n    return sorted(k for k in range(n) if k >= 0)\nf(10 ** 15)",
]


@pytest.mark.parametrize("code", ENDLESS[-4:])
def test_generator_expressions_stop_at_the_operation_limit(box, code):
    _refused(box, code, expect=(LimitExceeded,), max_operations=100_000, timeout=30)


@pytest.mark.parametrize("code", ENDLESS)
def test_endless_iterators_stop_at_the_limits(box, code):
    _refused(box, code, expect=(LimitExceeded,), max_operations=None, timeout=2)


@pytest.mark.parametrize("code", ENDLESS[:3])
def test_endless_iterators_stop_at_the_operation_limit(box, code):
    _refused(box, code, expect=(LimitExceeded,), max_operations=100_000, timeout=30)


def test_itertools_semantics_are_kept(box):
    out = box.attack(
        "import itertools\nc = itertools.count(5, 2)\n"
        "(list(zip(range(3), itertools.count(10))), repr(itertools.count(5)),"
        " repr(itertools.repeat('a', 3)), list(itertools.repeat(7, 3)),"
        " list(itertools.islice(itertools.cycle('ab'), 5)), next(c), next(c), repr(c),"
        " isinstance(c, itertools.count), type(c).__name__,"
        " __import__ if False else len(list(itertools.repeat(0, 5))))", OK)
    assert out.value == ([(0, 10), (1, 11), (2, 12)], "count(5)", "repeat('a', 3)",
                         [7, 7, 7], ["a", "b", "a", "b", "a"], 5, 7, "count(9, 2)", True,
                         "count", 5)


def test_the_real_iterator_inside_is_private(box):
    box.attack("import itertools\nc = itertools.count()\nc._it", (AttributeError,))
    box.attack("import itertools\nc = itertools.count()\nc._next", (AttributeError,))


# ---------------------------------------------------------------------------
# Class 6: the alarm keeps firing; decimal within the time limit

AFTER_DEADLINE = [
    pytest.param("import re\ntry:\n    re.match('(a+)+$', 'a' * 40 + 'b')\nfinally:\n"
                 "    re.match('(a+)+$', 'a' * 40 + 'b')", id="two-regexes"),
    pytest.param("try:\n    while True:\n        pass\nfinally:\n    x = 7 ** (10 ** 8)",
                 id="pow-in-finally"),
    pytest.param("import re, math\ntry:\n    re.match('(a+)+$', 'a' * 40 + 'b')\nfinally:\n"
                 "    try:\n        math.factorial(10 ** 6)\n    finally:\n"
                 "        re.match('(a+)+$', 'a' * 40 + 'b')", id="three-in-a-row"),
]


@pytest.mark.parametrize("code", AFTER_DEADLINE)
def test_every_long_c_call_after_the_deadline_is_stopped(box, code):
    _refused(box, code, expect=(LimitExceeded,), timeout=1, bound=6)


DECIMAL_BOMBS = [
    "import decimal\ndecimal.getcontext().prec = 10 ** 6\ndecimal.Decimal(2).ln()",
    "import decimal\nc = decimal.Context(prec=10 ** 6)\nc.ln(decimal.Decimal(2))",
    "import decimal\nwith decimal.localcontext(prec=10 ** 6):\n    decimal.Decimal(2).sqrt()",
    "import decimal\nc = decimal.getcontext().copy()\nc.prec = 10 ** 6\ndecimal.setcontext(c)",
    "import decimal\nc = decimal.getcontext()\nsetattr(c, 'prec', 10 ** 6)",
    "import decimal\nc = decimal.getcontext()\ntype(c).__init__(c, prec=10 ** 6)",
    "import decimal\nc = decimal.getcontext()\nc.__init__(prec=10 ** 6)",
    "import decimal\ndecimal.getcontext().Emax = decimal.MAX_EMAX",
    "import decimal\nint(decimal.Decimal(10) ** 999999)",
    "import decimal, math\nmath.floor(decimal.Decimal('1e999999'))",
    "import decimal\nround(decimal.Decimal('9e999999'))",
    "import decimal\ndecimal.Decimal('1e999999').as_integer_ratio()",
    "import decimal, fractions\nfractions.Fraction(decimal.Decimal('1e999999'))",
    "import decimal\ndecimal.Decimal(10 ** 100000 * 10 ** 100000)",
    "import decimal\ndecimal.Decimal('1e100000000000')",
]


@pytest.mark.parametrize("code", DECIMAL_BOMBS)
def test_decimal_stays_within_the_time_limit(box, code):
    _refused(box, code, timeout=2, bound=8)


def test_decimal_still_computes(box):
    out = box.attack("import decimal\ndecimal.getcontext().prec = 60\n"
                     "x = decimal.Decimal(1) / 7\n"
                     "with decimal.localcontext(prec=5) as c:\n    y = +x\n"
                     "(str(x)[:10], str(y), int(decimal.Decimal('12.9')),"
                     " isinstance(decimal.getcontext(), decimal.Context),"
                     " decimal.Context(prec=7).prec, round(decimal.Decimal('2.5')),"
                     " str(decimal.Decimal(2).sqrt())[:8])", OK)
    assert out.value == ("0.14285714", "0.14286", 12, True, 7, 2, "1.414213")


def test_time_is_kept_after_the_limit(box):
    """A first long C call that absorbs the alarm no longer leaves the next unbounded."""
    t0 = time.monotonic()
    _refused(box, AFTER_DEADLINE[0].values[0], expect=(LimitExceeded,), timeout=1, bound=6)
    assert time.monotonic() - t0 < 12
