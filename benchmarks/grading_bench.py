"""Grading throughput on the example course: submissions per minute with 1 and 2 workers.

    python benchmarks/grading_bench.py [--kernel pythonbox] [--timeout 10] [--repeat 1]

Each run grades every notebook in notebooks/grading/submissions against
notebooks/grading/tests.py exactly as ``pythonbox-grade`` does (a fresh kernel per
submission, the timeouts included: the endless-loop submission costs its timeouts), and
checks that the reports agree whatever the number of workers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pythonbox_kernel.grading import (  # noqa: E402
    GradingConfig,
    build_report,
    grade_all,
    load_tests,
    without_timings,
)

COURSE = REPO / "notebooks" / "grading"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kernel", default="pythonbox")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per worker count (median)")
    parser.add_argument("--json", metavar="FILE", help="also write the numbers as JSON")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="NAME",
        help="leave out a submission (e.g. --skip erin: the endless loop costs two timeouts)",
    )
    args = parser.parse_args(argv)

    subs = [p for p in sorted((COURSE / "submissions").glob("*.ipynb")) if p.stem not in args.skip]
    suite = load_tests(COURSE / "tests.py")
    config = GradingConfig(kernel_name=args.kernel, timeout=args.timeout)
    rows, reports = [], []
    for workers in args.workers:
        walls = []
        for _ in range(args.repeat):
            results, wall = grade_all(subs, suite, config, workers=workers)
            walls.append(wall)
            reports.append(without_timings(build_report(results, suite, config, wall)))
        wall = statistics.median(walls)
        per_sub = statistics.median(r.wall_time for r in results)
        rows.append(
            {
                "workers": workers,
                "submissions": len(subs),
                "wall_s": round(wall, 2),
                "per_minute": round(len(subs) / wall * 60, 1),
                "median_submission_s": round(per_sub, 2),
            }
        )
    same = all(r == reports[0] for r in reports)

    print(
        f"grading throughput: {len(subs)} submissions x {len(suite.tests)} tests, "
        f"kernel {args.kernel!r}, timeout {args.timeout:g}s, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"{'workers':>7}  {'wall (s)':>9}  {'subs/min':>9}  {'median sub (s)':>14}")
    for row in rows:
        print(
            f"{row['workers']:>7}  {row['wall_s']:>9.2f}  {row['per_minute']:>9.1f}  "
            f"{row['median_submission_s']:>14.2f}"
        )
    if len(rows) > 1:
        print(
            f"speed-up with {rows[-1]['workers']} workers: "
            f"{rows[0]['wall_s'] / rows[-1]['wall_s']:.2f}x"
        )
    print("reports identical across runs (timings aside):", same)
    if not same:
        for sub in reports[0]["submissions"]:
            variants = {
                json.dumps(s, sort_keys=True)
                for r in reports
                for s in r["submissions"]
                if s["submission"] == sub["submission"]
            }
            if len(variants) > 1:
                print(f"  differs: {sub['submission']}:", *sorted(variants), sep="\n    ")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {"kernel": args.kernel, "timeout": args.timeout, "rows": rows, "identical": same},
                indent=2,
            )
            + "\n"
        )
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
