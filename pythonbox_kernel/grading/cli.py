"""``pythonbox-grade`` / ``python -m pythonbox_kernel grade``: the teacher's command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .feedback import write_feedback
from .grader import grade_all
from .model import GradingConfig, SubmissionResult
from .report import REPORT_SUFFIXES, build_report, to_json, write_report
from .runner import kernel_exists
from .tests_loader import TestsFormatError, load_tests


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pythonbox-grade",
        description="Run student notebooks on the PythonBox kernel, then the instructor's "
        "hidden tests in the same session, and report per-test verdicts.",
    )
    parser.add_argument("submissions", nargs="+", metavar="SUBMISSION", help="student .ipynb files")
    parser.add_argument(
        "--tests",
        required=True,
        metavar="TESTS",
        help="instructor tests: a .py file of '# %%%% test: NAME [points=N]' blocks or a notebook",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="seconds allowed per notebook cell and per test (default 30)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="grade N submissions in parallel worker processes (default 1)",
    )
    parser.add_argument(
        "--report",
        action="append",
        default=[],
        metavar="FILE",
        help="write the report to FILE.json, FILE.csv or FILE.html (repeatable)",
    )
    parser.add_argument(
        "--feedback", metavar="DIR", help="write one student-facing Markdown file per submission"
    )
    parser.add_argument(
        "--kernel",
        default="pythonbox",
        metavar="NAME",
        help="kernelspec to run the notebooks with (default: pythonbox)",
    )
    parser.add_argument(
        "--kernel-arg",
        action="append",
        default=[],
        metavar="ARG",
        help="extra argument for the kernel, e.g. --kernel-arg=--PythonBoxKernel.max_memory_mb=512",
    )
    parser.add_argument(
        "--memory-mb",
        type=int,
        default=4096,
        metavar="MB",
        help="address-space rlimit of each kernel process, a second wall (0: none; default 4096)",
    )
    parser.add_argument(
        "--startup-timeout",
        type=float,
        default=60.0,
        metavar="S",
        help="seconds to wait for a kernel to start (default 60)",
    )
    parser.add_argument(
        "--fresh-kernels",
        action="store_true",
        help="start a new kernel process for every submission (default: a jailed PythonBox "
        "kernel is reused, each submission in a fresh session forked from its template)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress or summary output")
    return parser


def _progress(result: SubmissionResult) -> None:
    print(
        f"  graded {result.submission}: {result.score:g}/{result.max_points:g} "
        f"[{result.status}] in {result.wall_time:.1f}s",
        file=sys.stderr,
        flush=True,
    )


def _summary(results: Sequence[SubmissionResult]) -> str:
    width = max([len(r.submission) for r in results] + [10])
    lines = [f"{'submission':<{width}}  {'score':>9}  status"]
    for r in results:
        score = f"{r.score:g}/{r.max_points:g}"
        issues = f", {len(r.cells)} notebook error(s)" if r.cells else ""
        lines.append(f"{r.submission:<{width}}  {score:>9}  {r.status}{issues}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Grade; exit 0 when every submission got a verdict, 2 on a usage error."""
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["grade"] and not Path("grade").exists():
        args_in = args_in[1:]  # `python -m pythonbox_kernel grade ...` may pass its verb on
    parser = build_parser()
    args = parser.parse_args(args_in)

    for report in args.report:
        if Path(report).suffix.lower() not in (*REPORT_SUFFIXES, ".htm"):
            parser.error(f"--report {report}: use a .json, .csv or .html file name")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.timeout <= 0:
        parser.error("--timeout must be positive")
    missing = [s for s in args.submissions if not Path(s).is_file()]
    if missing:
        parser.error(f"no such submission file: {', '.join(missing)}")
    if not kernel_exists(args.kernel):
        hint = (
            " (install it with: python -m pythonbox_kernel install --sys-prefix)"
            if args.kernel == "pythonbox"
            else ""
        )
        parser.error(f"no kernel named {args.kernel!r}{hint}")
    try:
        suite = load_tests(args.tests)
    except TestsFormatError as exc:
        parser.error(str(exc))

    config = GradingConfig(
        kernel_name=args.kernel,
        timeout=args.timeout,
        startup_timeout=args.startup_timeout,
        memory_mb=args.memory_mb or None,
        kernel_args=tuple(args.kernel_arg),
        reuse_kernels=not args.fresh_kernels,
    )
    if not args.quiet:
        print(
            f"grading {len(args.submissions)} submission(s) against {len(suite.tests)} test(s) "
            f"on kernel {args.kernel!r} with {args.workers} worker(s)",
            file=sys.stderr,
            flush=True,
        )
    results, wall = grade_all(
        args.submissions,
        suite,
        config,
        workers=args.workers,
        progress=None if args.quiet else _progress,
    )
    report = build_report(results, suite, config, wall)
    for target in args.report:
        write_report(report, target)
    if args.feedback:
        write_feedback(results, suite, args.feedback)
    if not args.quiet:
        print(_summary(results))
        rate = len(results) / wall * 60 if wall > 0 else 0.0
        print(f"{len(results)} submission(s) in {wall:.1f}s ({rate:.1f}/min)", file=sys.stderr)
    if not args.report and not args.quiet:
        sys.stdout.write(to_json(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
