"""Every AST node class of the running Python is compiled, or deliberately refused.

Each node class has a sample program that contains it; the program must compile and
run in both compiler modes with CPython's output.  A Python version that brings new
node classes fails here until they are compiled or listed as refused.
"""

from __future__ import annotations

import ast
import contextlib
import io

import pytest

from interpreter import Session

#: A program per node class (the class is checked to occur in it).
SAMPLES: dict[str, str] = {
    # module-level and statements
    "Module": "x = 1\nprint(x)",
    "Interactive": "", "Expression": "", "FunctionType": "",  # modes, not sandbox code
    "FunctionDef": "def f(a, /, b=2, *c, d, e=5, **g):\n    return a + b\nprint(f(1, d=0))",
    "AsyncFunctionDef": "async def f():\n    return 1\nprint(f().send(None) if 0 else 1)",
    "ClassDef": "class A:\n    x = 1\nprint(A.x)",
    "Return": "def f():\n    return 3\nprint(f())",
    "Delete": "x = 1\ndel x\nprint('x' in dir())",
    "Assign": "a = b = 2\nprint(a, b)",
    "AugAssign": "a = 1\na += 2\nprint(a)",
    "AnnAssign": "a: int = 3\nprint(a, __annotations__)",
    "For": "for i in range(2):\n    print(i)\nelse:\n    print('e')",
    "AsyncFor": "import asyncio\nasync def g():\n    yield 1\nasync def m():\n"
                "    async for x in g():\n        print(x)\nasyncio.run(m())",
    "While": "i = 0\nwhile i < 2:\n    i += 1\nelse:\n    print(i)",
    "If": "if 1:\n    print('y')\nelse:\n    print('n')",
    "With": "import contextlib\nwith contextlib.nullcontext(4) as v:\n    print(v)",
    "AsyncWith": "import asyncio, contextlib\nasync def m():\n"
                 "    async with contextlib.AsyncExitStack() as s:\n        print(type(s).__name__)\n"
                 "asyncio.run(m())",
    "Match": "match [1, 2]:\n    case [a, b]:\n        print(a + b)",
    "Raise": "try:\n    raise ValueError('v') from None\nexcept ValueError as e:\n    print(e)",
    "Try": "try:\n    1 / 0\nexcept ZeroDivisionError:\n    print('z')\nelse:\n    pass\n"
           "finally:\n    print('f')",
    "TryStar": "try:\n    raise ExceptionGroup('g', [ValueError(1)])\nexcept* ValueError:\n"
               "    print('v')",
    "Assert": "assert 1, 'm'\nprint('ok')",
    "Import": "import math\nprint(math.floor(2.5))",
    "ImportFrom": "from math import floor\nprint(floor(2.5))",
    "Global": "def f():\n    global g\n    g = 1\nf()\nprint(g)",
    "Nonlocal": "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    g()\n"
                "    return x\nprint(f())",
    "Expr": "print(1)",
    "Pass": "pass\nprint('p')",
    "Break": "for i in range(3):\n    break\nprint(i)",
    "Continue": "for i in range(2):\n    continue\nprint(i)",
    # expressions
    "BoolOp": "print(1 and 0 or 2)",
    "NamedExpr": "print((y := 3) + y)",
    "BinOp": "print(2 * 3 + 1)",
    "UnaryOp": "print(-1, not 0, ~2, +3)",
    "Lambda": "print((lambda x: x + 1)(1))",
    "IfExp": "print(1 if 0 else 2)",
    "Dict": "print({1: 2, **{3: 4}})",
    "Set": "print({1, 2} == {2, 1})",
    "ListComp": "print([i for i in range(3) if i])",
    "SetComp": "print({i % 2 for i in range(4)} == {0, 1})",
    "DictComp": "print({i: i * i for i in range(3)})",
    "GeneratorExp": "print(sum(i for i in range(4)))",
    "Await": "import asyncio\nasync def m():\n    await asyncio.sleep(0)\n    print('a')\n"
             "asyncio.run(m())",
    "Yield": "def g():\n    x = yield 1\n    yield x\nit = g()\nprint(next(it), it.send(5))",
    "YieldFrom": "def g():\n    r = yield from [1, 2]\n    return r\nprint(list(g()))",
    "Compare": "print(1 < 2 <= 2 != 3)",
    "Call": "print(max(1, 2, key=lambda v: -v), *[3])",
    "FormattedValue": "x = 3.14159\nprint(f'{x:.2f} {x!r}')",
    "JoinedStr": "print(f'a{1}b')",
    "Constant": "print(1, 'a', b'b', None, ..., 1.5, 2j)",
    "Attribute": "import math\nprint(math.pi > 3)",
    "Subscript": "print([1, 2][1], {'a': 1}['a'])",
    "Starred": "a, *b = [1, 2, 3]\nprint(a, b, [*b])",
    "Name": "n = 1\nprint(n)",
    "List": "print([1, 2])",
    "Tuple": "print((1, 2))",
    "Slice": "print([1, 2, 3][::2], 'abc'[1:])",
    # patterns
    "MatchValue": "match 1:\n    case 1:\n        print('one')",
    "MatchSingleton": "match None:\n    case None:\n        print('none')",
    "MatchSequence": "match (1, 2):\n    case (1, x):\n        print(x)",
    "MatchMapping": "match {'k': 1, 'z': 2}:\n    case {'k': v, **rest}:\n        print(v, rest)",
    "MatchClass": "match 5:\n    case int(x):\n        print(x)",
    "MatchStar": "match [1, 2, 3]:\n    case [a, *rest]:\n        print(rest)",
    "MatchAs": "match 3:\n    case (1 | 3) as v:\n        print(v)",
    "MatchOr": "match 3:\n    case 1 | 3:\n        print('or')",
    # parts of other nodes
    "comprehension": "print([x for x in [1]])",
    "ExceptHandler": "try:\n    raise KeyError\nexcept KeyError as e:\n    print(type(e).__name__)",
    "arguments": "def f(a, b=1):\n    return a\nprint(f(2))",
    "arg": "def f(a):\n    return a\nprint(f(1))",
    "keyword": "print('a', sep='-')",
    "alias": "import math as m\nprint(m.e > 2)",
    "withitem": "import contextlib\nwith contextlib.nullcontext() as a, contextlib.nullcontext():\n"
                "    print(a)",
    "match_case": "match 1:\n    case _:\n        print('any')",
    "TypeIgnore": "",
}

#: Node classes the sandbox refuses on purpose, with the reason.
REFUSED: dict[str, str] = {
    "TypeAlias": "PEP 695 is Python 3.12 syntax; the sandbox speaks 3.11",
    "TypeVar": "PEP 695", "ParamSpec": "PEP 695", "TypeVarTuple": "PEP 695",
}

#: Abstract bases and context/operator markers (no node of their own to compile).
_NOT_NODES = {"AST", "mod", "stmt", "expr", "expr_context", "boolop", "operator", "unaryop",
              "cmpop", "excepthandler", "pattern", "type_ignore", "slice", "Load", "Store",
              "Del", "AugLoad", "AugStore", "Param", "Index", "ExtSlice", "Suite", "Num",
              "Str", "Bytes", "NameConstant", "Ellipsis", "type_param"}


def _node_classes() -> list[str]:
    out = []
    for name in dir(ast):
        obj = getattr(ast, name)
        if isinstance(obj, type) and issubclass(obj, ast.AST) and name not in _NOT_NODES \
                and not issubclass(obj, ast.expr_context | ast.boolop | ast.operator |
                                   ast.unaryop | ast.cmpop):
            out.append(name)
    return sorted(out)


def test_every_node_class_is_covered() -> None:
    missing = [n for n in _node_classes() if n not in SAMPLES and n not in REFUSED]
    assert not missing, f"node classes with no sample and no refusal: {missing}"


def _cpython(source: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(source, "<sample>", "exec", dont_inherit=True),  # noqa: S102
             {"__name__": "__main__"})
    return out.getvalue()


@pytest.mark.parametrize("mode", ["specialised", "generic"])
@pytest.mark.parametrize("node", sorted(n for n, src in SAMPLES.items() if src))
def test_node_compiles_and_runs(node: str, mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    source = SAMPLES[node]
    kind = getattr(ast, node)
    assert any(isinstance(n, kind) for n in ast.walk(ast.parse(source))), \
        f"the sample for {node} does not contain one"
    monkeypatch.setenv("PYTHONBOX_COMPILER", mode)
    result = Session().run_cell_sync(source, "<sample>")
    assert result.error is None, result.traceback
    assert result.stdout == _cpython(source)


@pytest.mark.parametrize("operator", [
    *(c for c in ast.operator.__subclasses__()), *(c for c in ast.cmpop.__subclasses__()),
    *(c for c in ast.unaryop.__subclasses__()), *(c for c in ast.boolop.__subclasses__())])
def test_every_operator_is_compiled(operator: type) -> None:
    from interpreter.compiler.expressions import BINOP_SYMBOLS, CMP_SYMBOLS

    known = set(BINOP_SYMBOLS) | set(CMP_SYMBOLS) | {ast.USub, ast.UAdd, ast.Invert, ast.Not,
                                                      ast.And, ast.Or}
    assert operator in known
