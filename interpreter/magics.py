"""IPython's magics inside the sandbox: ``get_ipython()``, the allowed magics, the
output history (``_``, ``Out``, ``In``...) and ``exit``/``quit``.

The Jupyter kernel turns IPython syntax into plain Python with IPython's own input
transformer, on the host, as text (``%time x`` becomes
``get_ipython().run_line_magic('time', 'x')``).  That Python runs here, in the
session, so everything a magic does happens inside the cell and its limits:
the statements of ``%time``/``%timeit`` are compiled by the sandbox's compiler and
run in the session's namespace.  ``get_ipython()`` is a small object of this module,
not an IPython shell: it offers ``run_line_magic``, ``run_cell_magic``, ``system`` and
``getoutput``, nothing else, and no magic outside the allow-list runs.
"""

from __future__ import annotations

import ast
import getopt
import itertools
import math
import re
import resource
import shlex
import time
from typing import TYPE_CHECKING, Any

from .security.builtins import builtin_function
from .security.cstack import parse_checked
from .security.firewall import sandbox_api

if TYPE_CHECKING:
    from .session import Session

#: IPython's own magics (``%lsmagic`` of IPython 8): the ones not offered below are
#: refused by name with the reason, anything else is "not found" as in IPython.
IPYTHON_LINE_MAGICS = frozenset(
    "alias alias_magic autoawait autocall automagic bookmark cat cd clear colors conda "
    "config connect_info cp debug dhist dirs doctest_mode ed edit env gui hist history "
    "killbgscripts ldir less lf lk ll load load_ext loadpy logoff logon logstart logstate "
    "logstop ls lsmagic lx macro magic man matplotlib mamba micromamba mkdir more mv "
    "notebook page pastebin pdb pdef pdoc pfile pinfo pinfo2 pip popd pprint precision "
    "prun psearch psource pushd pwd pycat pylab qtconsole quickref recall rehashx "
    "reload_ext rep rerun reset reset_selective rm rmdir run save sc set_env store sx "
    "system tb time timeit unalias unload_ext uv who who_ls whos xdel xmode".split())
IPYTHON_CELL_MAGICS = frozenset(
    "! HTML SVG bash capture debug file html javascript js latex markdown perl prun pypy "
    "python python2 python3 ruby script sh svg sx system time timeit writefile".split())
LINE_MAGICS = ("time", "timeit", "who", "whos", "who_ls", "reset", "matplotlib", "config",
               "precision", "pprint", "xmode", "load_ext", "pinfo", "pinfo2")
CELL_MAGICS = ("time", "timeit")
XMODES = ("Plain", "Context", "Verbose", "Minimal")
_EXIT_RE = re.compile(r"(exit|quit)(\s*\(.*\))?$")
#: names of the history the session keeps out of ``%who`` (as IPython's user_ns_hidden)
HIDDEN = ("In", "Out", "_ih", "_oh")


class UsageError(Exception):
    """A magic used wrongly or not offered (IPython's ``UsageError``): the kernel shows
    it as one line on stderr, as IPython does."""

    __module__ = "IPython.core.error"


sandbox_api(UsageError)


def refused(name: str, cell: bool) -> UsageError:
    """The error for a magic this sandbox does not run, naming it."""
    mark = "%%" if cell else "%"
    known = IPYTHON_CELL_MAGICS if cell else IPYTHON_LINE_MAGICS
    if name not in known:
        if cell:
            return UsageError(f"Cell magic `%%{name}` not found.")
        return UsageError(f"Line magic function `%{name}` not found.")
    return UsageError(
        f"`{mark}{name}` is not available in the PythonBox sandbox: it would reach the "
        "host (files, processes, the network or the kernel). Available: "
        + ", ".join(f"%{m}" for m in LINE_MAGICS if not m.startswith("pinfo"))
        + ", %%time, %%timeit, obj? and obj??.")


def format_time(timespan: float, precision: int = 3) -> str:
    """IPython's ``_format_time`` (``execution.py``), for a UTF-8 stdout."""
    if timespan >= 60.0:
        parts = [("d", 60 * 60 * 24), ("h", 60 * 60), ("min", 60), ("s", 1)]
        out = []
        leftover = timespan
        for suffix, length in parts:
            value = int(leftover / length)
            if value > 0:
                leftover = leftover % length
                out.append(f"{value}{suffix}")
            if leftover < 1:
                break
        return " ".join(out)
    units = ["s", "ms", "\xb5s", "ns"]
    scaling = [1, 1e3, 1e6, 1e9]
    order = min(-int(math.floor(math.log10(timespan)) // 3), 3) if timespan > 0.0 else 3
    return "%.*g %s" % (precision, timespan * scaling[order], units[order])  # noqa: UP031


@sandbox_api
class TimeitResult:
    """What ``%timeit -o`` returns, formatted as IPython's ``TimeitResult``."""

    def __init__(self, loops: int, repeat: int, best: float, worst: float,
                 all_runs: list[float], compile_time: float, precision: int) -> None:
        self.loops = loops
        self.repeat = repeat
        self.best = best
        self.worst = worst
        self.all_runs = all_runs
        self.compile_time = compile_time
        self._precision = precision
        self.timings = [dt / loops for dt in all_runs]

    @property
    def average(self) -> float:
        return math.fsum(self.timings) / len(self.timings)

    @property
    def stdev(self) -> float:
        mean = self.average
        return (math.fsum([(x - mean) ** 2 for x in self.timings]) / len(self.timings)) ** 0.5

    def __str__(self) -> str:
        pm = "\xb1"
        return (f"{format_time(self.average, self._precision)} {pm} "
                f"{format_time(self.stdev, self._precision)} per loop (mean {pm} std. dev. "
                f"of {self.repeat} run{'' if self.repeat == 1 else 's'}, {self.loops:,} "
                f"loop{'' if self.loops == 1 else 's'} each)")

    def __repr__(self) -> str:
        return f"<TimeitResult : {self}>"


def parse_options(arg_str: str, opt_str: str) -> tuple[dict[str, str], str]:
    """IPython's ``Magics.parse_options(..., posix=False, strict=False,
    preserve_non_opts=True)``: the options, and the rest of the line as it was."""
    try:
        lexer = shlex.shlex(arg_str, posix=False)
        lexer.whitespace_split = True
        lexer.commenters = ""
        argv = list(lexer)
    except ValueError:  # an open quote: IPython (strict=False) splits on whitespace
        argv = arg_str.split()
    try:
        opts, _ = getopt.getopt(argv, opt_str)
    except getopt.GetoptError as e:
        raise UsageError(f'{e.msg} ( allowed: "{opt_str}" )') from None
    rest = arg_str
    found: dict[str, str] = {}
    for o, a in opts:
        rest = rest.replace(o, "", 1).replace(a, "", 1)
        found[o[1:]] = a
    return found, rest.lstrip()


def _cpu() -> tuple[float, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


class History:
    """IPython's input and output caches, in the session namespace (``HistoryManager``
    and ``DisplayHook`` rules)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self.namespace = namespace
        self.inputs: list[str] = [""]
        self.outputs: dict[int, Any] = {}
        self.unders: list[Any] = ["", "", ""]
        self.raw = ["", "", "", ""]  # _i00 (this cell), _i, _ii, _iii
        self.installed = False

    def install(self) -> None:
        ns = self.namespace
        ns.update({"In": self.inputs, "_ih": self.inputs, "Out": self.outputs,
                   "_oh": self.outputs, "_": "", "__": "", "___": "",
                   "_i": "", "_ii": "", "_iii": ""})
        self.installed = True

    def hidden(self, name: str, value: Any) -> bool:
        return name in HIDDEN and value is (self.inputs if name in ("In", "_ih")
                                            else self.outputs)

    def store_input(self, count: int, raw: str, source: str) -> None:
        """Before a cell: ``In[count]``, ``_i``/``_ii``/``_iii``, ``_i<count>``."""
        if not self.installed:
            self.install()
        source, raw = source.rstrip("\n"), raw.rstrip("\n")  # as IPython stores them
        if _EXIT_RE.match(raw.strip()):
            return  # IPython does not store exit/quit
        while len(self.inputs) < count:
            self.inputs.append("")
        if len(self.inputs) == count:
            self.inputs.append(source)
        else:
            self.inputs[count] = source
        self.raw = [raw, self.raw[0], self.raw[1], self.raw[2]]
        self.namespace.update({"_i": self.raw[1], "_ii": self.raw[2], "_iii": self.raw[3],
                               f"_i{count}": raw})

    def store_output(self, count: int, value: Any) -> None:
        """A shown result: ``_``/``__``/``___`` (unless the user bound them),
        ``_<count>``, ``Out[count]``."""
        if value is None or value is self.outputs:
            return
        ns = self.namespace
        update = all(name not in ns or ns[name] is mine
                     for name, mine in zip(("_", "__", "___"), self.unders, strict=True))
        self.unders = [value, self.unders[0], self.unders[1]]
        if update:
            ns.update({"_": value, "__": self.unders[1], "___": self.unders[2]})
        ns[f"_{count}"] = value
        self.outputs[count] = value

    def reset(self) -> None:
        """``%reset``: the output cache goes, the input history stays (as IPython)."""
        self.outputs.clear()
        self.unders = ["", "", ""]
        if self.installed:
            self.install()


@sandbox_api
class Exiter:
    """``exit``/``quit``: ask the frontend to end the session (IPython's
    ``ZMQExitAutocall``); the cell itself goes on."""

    __slots__ = ("_ask",)

    def __init__(self, ask: Any) -> None:
        self._ask = ask

    def __call__(self, keep_kernel: bool = False) -> None:
        self._ask(bool(keep_kernel))

    def __repr__(self) -> str:
        return "<IPython.core.autocall.ZMQExitAutocall object>"


@sandbox_api
class SandboxShell:
    """What ``get_ipython()`` returns in the sandbox: magics by name, nothing of a
    host shell (no ``user_ns``, ``run_cell``, ``kernel``, config or extensions)."""

    __slots__ = ()
    __module__ = "ipykernel.zmqshell"

    def __repr__(self) -> str:
        return "<PythonBox sandbox shell>"


class Magics:
    """The session's magics and their state; never handed to sandbox code."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.history = History(session.namespace)
        self.payload: list[dict[str, Any]] = []
        self.float_format: str | None = None
        self.pretty = True
        self.xmode = "Context"
        self.baseline: dict[str, Any] | None = None
        self.shell = self._make_shell()
        self.exiter = Exiter(self.ask_exit)

    def install(self, builtins: dict[str, Any]) -> None:
        shell = self.shell

        def get_ipython() -> Any:
            """The sandbox's IPython shell: magics only."""
            return shell
        builtins["get_ipython"] = builtin_function(get_ipython, "get_ipython",
                                                   get_ipython.__doc__)
        builtins["exit"] = builtins["quit"] = self.exiter

    def _make_shell(self) -> SandboxShell:
        def run_line_magic(magic_name: str, line: str, _stack_depth: int = 1) -> Any:
            """Run the line magic ``%magic_name line``."""
            return self.run_line(str(magic_name), str(line))

        def run_cell_magic(magic_name: str, line: str, cell: str) -> Any:
            """Run the cell magic ``%%magic_name line`` over ``cell``."""
            return self.run_cell(str(magic_name), str(line), str(cell))

        def system(cmd: str) -> None:
            """``!cmd``: refused."""
            raise UsageError(f"shell commands (`!{cmd}`) are not available in the PythonBox "
                             "sandbox: there are no processes to run")

        def getoutput(cmd: str, split: bool = True, depth: int = 0) -> None:
            """``x = !cmd``: refused."""
            system(cmd)

        def magic(line: str) -> Any:
            """``get_ipython().magic('name args')`` (deprecated in IPython)."""
            name, _, rest = str(line).lstrip("%").partition(" ")
            return self.run_line(name, rest)

        attrs: dict[str, Any] = {"__slots__": (), "__module__": "ipykernel.zmqshell"}
        for fn in (run_line_magic, run_cell_magic, system, getoutput, magic):
            attrs[fn.__name__] = builtin_function(fn, fn.__name__, fn.__doc__)
        cls = type("ZMQInteractiveShell", (SandboxShell,), attrs)
        sandbox_api(cls)
        return cls()

    # -- the kernel's hooks ----------------------------------------------------
    def ask_exit(self, keep_kernel: bool) -> None:
        self.payload = [p for p in self.payload if p.get("source") != "ask_exit"]
        self.payload.append({"source": "ask_exit", "keepkernel": keep_kernel})

    def take_payload(self) -> list[dict[str, Any]]:
        payload, self.payload = self.payload, []
        return payload

    def remember_baseline(self) -> None:
        """The names a host put in the namespace before the first cell (tools): hidden
        from ``%who`` and kept by ``%reset``, as IPython's ``user_ns_hidden``."""
        if self.baseline is None:
            self.baseline = dict(self.session.namespace)

    # -- dispatch --------------------------------------------------------------
    def run_line(self, name: str, line: str) -> Any:
        if name not in LINE_MAGICS:
            if name in IPYTHON_CELL_MAGICS and name not in IPYTHON_LINE_MAGICS:
                raise UsageError(f"Line magic function `%{name}` not found (But cell magic "
                                 f"`%%{name}` exists, did you mean that instead?).")
            raise refused(name, cell=False)
        return getattr(self, f"magic_{name}")(line)

    def run_cell(self, name: str, line: str, cell: str) -> Any:
        if name not in CELL_MAGICS:
            raise refused(name, cell=True)
        return getattr(self, f"magic_{name}")(line, cell)

    # -- %time -------------------------------------------------------------------
    def _compile(self, source: str, name: str) -> Any:
        session = self.session
        saved = session._compile_warnings
        try:
            runner, needs_loop = session.compile_cell(source, name)
        finally:
            session._compile_warnings = saved
        if needs_loop:
            raise UsageError("top-level await is not supported inside %time/%timeit in the "
                             "sandbox")
        return runner

    def _run(self, runner: Any) -> Any:
        from .compiler.suspension import roomy_run_body

        return roomy_run_body(self.session.rt, runner, [None])

    def magic_time(self, line: str, cell: str | None = None) -> Any:
        if line and cell:
            raise UsageError("Can't use statement directly after '%%time'!")
        expr = cell if cell is not None else line
        tree = parse_checked(expr, "<timed exec>", "exec")
        one_expr = len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr)
        t0 = time.perf_counter()
        runner = self._compile(expr, "<timed eval>" if one_expr else "<timed exec>")
        tc = time.perf_counter() - t0
        wall_st = time.time()
        st = _cpu()
        out = self._run(runner)
        end = _cpu()
        wall_time = time.time() - wall_st
        cpu_user, cpu_sys = end[0] - st[0], end[1] - st[1]
        write = self.session.rt.write
        write(f"CPU times: user {format_time(cpu_user)}, sys: {format_time(cpu_sys)}, "
              f"total: {format_time(cpu_user + cpu_sys)}\n")
        write(f"Wall time: {format_time(wall_time)}\n")
        if tc > 0.1:
            write(f"Compiler : {format_time(tc)}\n")
        return out

    # -- %timeit -----------------------------------------------------------------
    _TEMPLATE = ("def __pythonbox_timeit__():\n"
                 "    def inner(_it, _timer):\n"
                 "        setup\n"
                 "        _t0 = _timer()\n"
                 "        for _i in _it:\n"
                 "            stmt\n"
                 "        _t1 = _timer()\n"
                 "        return _t1 - _t0\n"
                 "    return inner\n"
                 "__pythonbox_timeit__()\n")

    def magic_timeit(self, line: str, cell: str | None = None) -> Any:
        opts, stmt = parse_options(line, "n:r:tcp:qo")
        if stmt == "" and cell is None:
            return None
        try:
            number = int(opts.get("n", 0))
            repeat = int(opts.get("r", 7))
            precision = int(opts.get("p", 3))
        except ValueError as e:
            raise UsageError(str(e)) from None
        if number < 0 or repeat < 1:
            raise UsageError("-n must be at least 0 and -r at least 1")
        timefunc = time.perf_counter
        if "t" in opts:
            timefunc = time.time
        if "c" in opts:
            timefunc = time.process_time
        setup_src, stmt_src = ("pass", stmt) if cell is None else (stmt or "pass", cell)
        setup = parse_checked(setup_src, "<magic-timeit-setup>", "exec")
        body = parse_checked(stmt_src, "<magic-timeit-stmt>", "exec")
        # Each must be valid on its own, outside the timing function (as IPython checks)
        compile(setup, "<magic-timeit-setup>", "exec", dont_inherit=True)
        compile(body, "<magic-timeit-stmt>", "exec", dont_inherit=True)
        template = ast.parse(self._TEMPLATE)
        inner = template.body[0].body[0]  # type: ignore[attr-defined]
        inner.body[:1] = setup.body or [ast.Pass()]
        inner.body[2].body = body.body or [ast.Pass()]  # the for loop
        source = ast.unparse(ast.fix_missing_locations(template))
        t0 = time.perf_counter()
        runner = self._compile(source, "<magic-timeit>")
        tc = time.perf_counter() - t0
        ns = self.session.namespace
        saved = ns.get("__pythonbox_timeit__", _MISSING)
        try:
            timed = self._run(runner)
        finally:
            if saved is _MISSING:
                ns.pop("__pythonbox_timeit__", None)
            else:
                ns["__pythonbox_timeit__"] = saved

        def timeit(n: int) -> float:
            taken = timed(itertools.repeat(None, n), timefunc)
            if type(taken) not in (float, int):
                raise UsageError("the timed statement must not return a value")
            return float(taken)

        if number == 0:  # so that 0.2 <= total time < 2.0, as IPython
            for index in range(0, 10):
                number = 10 ** index
                if timeit(number) >= 0.2:
                    break
        all_runs = [timeit(number) for _ in range(repeat)]
        best, worst = min(all_runs) / number, max(all_runs) / number
        result = TimeitResult(number, repeat, best, worst, all_runs, tc, precision)
        if "q" not in opts:
            write = self.session.rt.write
            if worst > 4 * best and best > 0 and worst > 1e-6:
                write("The slowest run took %0.2f times longer than the fastest. This could "
                      "mean that an intermediate result is being cached.\n" % (worst / best))
            write(f"{result}\n")
            if tc > 0.1:
                write(f"Compiler time: {tc:.2f} s\n")
        return result if "o" in opts else None

    # -- the namespace -------------------------------------------------------------
    def magic_who_ls(self, line: str = "") -> list[str]:
        ns = self.session.namespace
        baseline = self.baseline or {}
        out = [name for name, value in list(ns.items())
               if type(name) is str and not name.startswith("_")
               and not self.history.hidden(name, value)
               and not (name in baseline and baseline[name] is value)]
        wanted = set(line.split())
        if wanted:
            out = [n for n in out if type(ns[n]).__name__ in wanted]
        out.sort()
        return out

    def _listed_names(self, line: str) -> list[str]:
        """``%who_ls``'s names; none: IPython's words for that are written."""
        names = self.magic_who_ls(line)
        if not names:
            self.session.rt.write("No variables match your requested type.\n" if line
                                  else "Interactive namespace is empty.\n")
        return names

    def magic_who(self, line: str = "") -> None:
        write = self.session.rt.write
        names = self._listed_names(line)
        if not names:
            return
        text, count = "", 0
        for name in names:
            text += name + "\t "
            count += 1
            if count > 8:
                count = 0
                text += "\n"
        write(text + "\n")

    def magic_whos(self, line: str = "") -> None:
        write = self.session.rt.write
        names = self._listed_names(line)
        if not names:
            return
        ns = self.session.namespace
        values = [ns[n] for n in names]
        types = [type(v).__name__ for v in values]
        varwidth = max(max(map(len, names)), len("Variable")) + 3
        typewidth = max(max(map(len, types)), len("Type")) + 3
        lines = ["Variable".ljust(varwidth) + "Type".ljust(typewidth) + " Data/Info",
                 "-" * (varwidth + typewidth + len("Data/Info") + 1)]
        for name, value, kind in zip(names, values, types, strict=True):
            head = f"{name:<{varwidth}}{kind:<{typewidth}} "
            if kind in ("dict", "list", "tuple"):
                lines.append(f"{head}n={len(value)}")
                continue
            try:
                text = str(value)  # user __str__: inside this cell's limits
            except Exception:  # noqa: BLE001 - as IPython: a failing str() is shown
                text = f"<object with id {id(value)} (str() failed)>"
            text = text.replace("\n", "\\n")
            lines.append(head + (text if len(text) < 50 else text[:25] + "<...>" + text[-25:]))
        write("\n".join(lines) + "\n")

    def magic_reset(self, line: str = "") -> None:
        opts, rest = parse_options(line, "f")
        if rest.strip():
            raise UsageError(f"%reset {rest.strip()} is not available in the sandbox; "
                             "use %reset -f")
        if "f" not in opts:
            answer = self.session.builtins["input"](
                "Once deleted, variables cannot be recovered. Proceed (y/[n])? ")
            if str(answer).strip().lower() not in ("y", "yes"):
                self.session.rt.write("Nothing done.\n")
                return
        ns = self.session.namespace
        keep = {"__name__", "__doc__", "__builtins__"}
        baseline = self.baseline or {}
        for name in list(ns):
            if name in keep or (name in baseline and baseline[name] is ns[name]):
                continue
            del ns[name]
        ns["__doc__"] = None
        self.history.reset()

    # -- display settings -----------------------------------------------------------
    def magic_precision(self, line: str = "") -> str:
        new = line.strip()
        if "%" in new:
            try:
                new % 3.14159  # noqa: B018 - IPython's check of the format
            except Exception as e:  # noqa: BLE001
                raise ValueError(f"Precision must be int or format string, not {new!r}") from e
            fmt = new
        elif new:
            try:
                i = int(new)
            except ValueError:
                raise ValueError(f"Precision must be int or format string, not {new!r}"
                                 ) from None
            if i < 0:
                raise ValueError(f"int precision must be non-negative, not {i!r}")
            fmt = f"%.{i}f"
        else:
            fmt = "%r"
        self.float_format = None if fmt == "%r" else fmt
        return fmt

    def format_float(self, value: float) -> str | None:
        """``text/plain`` of a float result under ``%precision``, or None (repr)."""
        if self.float_format is None:
            return None
        return self.float_format % value

    def magic_pprint(self, line: str = "") -> None:
        self.pretty = not self.pretty
        self.session.rt.write(
            f"Pretty printing has been turned {['OFF', 'ON'][self.pretty]}\n")

    def magic_xmode(self, line: str = "") -> None:
        new = line.strip().capitalize()
        if not new:
            new = XMODES[(XMODES.index(self.xmode) + 1) % len(XMODES)]
        if new not in XMODES:
            raise UsageError(f"Unrecognized mode in FormattedTB: <{new}>; valid modes: "
                             + ", ".join(XMODES))
        self.xmode = new
        self.session.rt.write(f"Exception reporting mode: {new}\n")

    def magic_matplotlib(self, line: str = "") -> None:
        if line.strip() not in ("inline", ""):
            raise UsageError(f"`%matplotlib {line.strip()}` is not available in the "
                             "sandbox: figures are shown inline only")

    def magic_config(self, line: str = "") -> None:
        if not line.strip().startswith("InlineBackend."):
            raise UsageError("`%config` is not available in the PythonBox sandbox except "
                             "for InlineBackend settings (a no-op)")

    def magic_load_ext(self, line: str = "") -> None:
        if not line.strip():
            raise UsageError("Missing module name.")
        raise UsageError(f"`%load_ext {line.strip()}`: IPython extensions are host code "
                         "and cannot be loaded in the PythonBox sandbox")

    # -- obj? ---------------------------------------------------------------------
    def _pinfo(self, line: str, detail: int) -> None:
        from .inspection import inspect_reply

        name = line.strip()
        reply = inspect_reply(self.session, name, len(name), detail)
        if reply.get("found"):
            self.payload.append({"source": "page", "data": reply["data"], "start": 0})
        else:
            self.session.rt.write(f"Object `{name}` not found.\n")

    def magic_pinfo(self, line: str = "") -> None:
        self._pinfo(line, 0)

    def magic_pinfo2(self, line: str = "") -> None:
        self._pinfo(line, 1)


_MISSING = object()
