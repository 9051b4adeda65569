"""Tracebacks: CPython 3.11 rendering, sandbox frames only, across cells, chained."""

from __future__ import annotations

import textwrap

from interpreter import Session


def run(session: Session, source: str, n: int) -> str:
    result = session.run_cell_sync(textwrap.dedent(source).strip("\n"), f"Cell In[{n}]")
    assert result.error is not None, "expected an error"
    assert result.traceback is not None
    return result.traceback


def test_binop_carets_across_cells() -> None:
    s = Session()
    s.run_cell_sync("def divide(a, b):\n    return a / b", "Cell In[2]")
    tb = run(s, """
        a = 1
        b = 2
        c = 3
        total = divide(a, 0)
    """, 5)
    assert tb == textwrap.dedent("""\
        Traceback (most recent call last):
          Cell In[5], line 4, in <module>
            total = divide(a, 0)
                    ^^^^^^^^^^^^
          Cell In[2], line 2, in divide
            return a / b
                   ~~^~~
        ZeroDivisionError: division by zero""")


def test_subscript_carets_and_no_host_frames() -> None:
    tb = run(Session(), """
        data = {"a": 1}
        value = data["b"] + 1
    """, 1)
    assert tb.endswith("KeyError: 'b'")
    assert '    value = data["b"] + 1\n            ~~~~^^^^^' in tb
    assert "interpreter/" not in tb and ".py\"" not in tb and "site-packages" not in tb


def test_whole_line_has_no_carets() -> None:
    tb = run(Session(), "1/0", 1)
    assert tb == ("Traceback (most recent call last):\n  Cell In[1], line 1, in <module>\n"
                  "    1/0\nZeroDivisionError: division by zero")


def test_implicit_chaining() -> None:
    tb = run(Session(), """
        try:
            {}["k"]
        except KeyError:
            raise ValueError("bad")
    """, 3)
    assert "KeyError: 'k'" in tb
    assert "During handling of the above exception, another exception occurred:" in tb
    assert tb.index("KeyError") < tb.index("ValueError: bad")


def test_explicit_cause() -> None:
    tb = run(Session(), """
        def load():
            try:
                int("x")
            except ValueError as e:
                raise RuntimeError("cannot load") from e
        load()
    """, 4)
    assert "The above exception was the direct cause of the following exception:" in tb
    assert "ValueError: invalid literal for int() with base 10: 'x'" in tb
    assert tb.rstrip().endswith("RuntimeError: cannot load")
    assert "line 5, in load" in tb


def test_suppressed_context() -> None:
    tb = run(Session(), """
        try:
            1/0
        except ZeroDivisionError:
            raise ValueError("clean") from None
    """, 1)
    assert "ZeroDivisionError" not in tb


def test_syntax_error_has_line_and_caret() -> None:
    tb = run(Session(), "x = 1\ny = = 2", 7)
    assert "Cell In[7], line 2" in tb
    assert "    y = = 2" in tb
    assert "^" in tb.splitlines()[-2]
    assert tb.splitlines()[-1].startswith("SyntaxError: ")


def test_error_inside_method_and_comprehension() -> None:
    tb = run(Session(), """
        class Account:
            def withdraw(self, amount):
                return [1 / a for a in amount]
        Account().withdraw([1, 0])
    """, 2)
    assert "in withdraw" in tb and "in <listcomp>" in tb
    assert tb.endswith("ZeroDivisionError: division by zero")


def test_error_string_of_execute_names_line_and_column() -> None:
    from interpreter import execute

    res = execute("x = 1\ny = x / 0\n", echo_stdout=False)
    assert res.error == "ZeroDivisionError: division by zero at line 2, column 5"
    res = execute("def f(:\n  pass", echo_stdout=False)
    assert res.error is not None and res.error.startswith("SyntaxError:")
    assert "line 1" in res.error


def test_exception_group_rendering() -> None:
    tb = run(Session(), """
        raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
    """, 1)
    assert "ExceptionGroup: many (2 sub-exceptions)" in tb
    assert "ValueError: 1" in tb and "TypeError: 2" in tb


def test_ansi_colour_rendering() -> None:
    s = Session()
    result = s.run_cell_sync("1/0", "Cell In[1]")
    colored = s.format_exception(result.error, color=True)
    assert "\x1b[" in colored and "ZeroDivisionError" in colored


def test_comprehension_and_lambda_frames_of_a_function_appear_once() -> None:
    """Functions keep their variables as host locals (fast locals): the frames of their
    comprehensions and lambdas are shown once each, as CPython shows them."""
    s = Session()
    s.run_cell_sync("def f(xs):\n    k = 2\n    return [k / x for x in xs]\n"
                    "def g():\n    return sorted([3, 1], key=lambda v: v.missing)",
                    "Cell In[1]")
    assert run(s, "f([1, 0])", 2) == textwrap.dedent("""\
        Traceback (most recent call last):
          Cell In[2], line 1, in <module>
            f([1, 0])
          Cell In[1], line 3, in f
            return [k / x for x in xs]
                   ^^^^^^^^^^^^^^^^^^^
          Cell In[1], line 3, in <listcomp>
            return [k / x for x in xs]
                    ~~^~~
        ZeroDivisionError: division by zero""")
    assert run(s, "g()", 3) == textwrap.dedent("""\
        Traceback (most recent call last):
          Cell In[3], line 1, in <module>
            g()
          Cell In[1], line 5, in g
            return sorted([3, 1], key=lambda v: v.missing)
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
          Cell In[1], line 5, in <lambda>
            return sorted([3, 1], key=lambda v: v.missing)
                                                ^^^^^^^^^
        AttributeError: 'int' object has no attribute 'missing'""")


def test_inline_raise_private_attribute_and_augmented_target_positions() -> None:
    s = Session()
    s.run_cell_sync(textwrap.dedent("""\
        class A:
            def __init__(self):
                self._x = 1
            def read(self):
                return self._y + 1
            def bump(self, d):
                d["k"] += self._x
            def fail(self):
                raise ValueError("no")"""), "Cell In[1]")
    assert run(s, "A().read()", 2).endswith(textwrap.dedent("""\
          Cell In[1], line 5, in read
            return self._y + 1
                   ^^^^^^^
        AttributeError: 'A' object has no attribute '_y'"""))
    assert run(s, "A().bump({})", 3).endswith(textwrap.dedent("""\
          Cell In[1], line 7, in bump
            d["k"] += self._x
            ~^^^^^
        KeyError: 'k'"""))
    assert run(s, "A().fail()", 4).endswith(textwrap.dedent("""\
          Cell In[1], line 9, in fail
            raise ValueError("no")
        ValueError: no"""))
