"""The teacher's report: JSON (the record), CSV (for a spreadsheet), HTML (to read).

The JSON is deterministic apart from fields named ``wall_time``; the HTML is a single
self-contained page (inline CSS, no scripts, no external assets) and escapes everything
that came from a student, since a notebook's output may itself contain HTML.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .model import (
    PASSED,
    TIMING_KEYS,
    VERDICTS,
    GradingConfig,
    SubmissionResult,
    TestSuite,
)

REPORT_FORMAT = "pythonbox-grade-report/1"
REPORT_SUFFIXES: tuple[str, ...] = (".json", ".csv", ".html")


def _num(value: float) -> float | int:
    """Points print as 2, not 2.0, and stay JSON numbers."""
    value = round(float(value), 2)
    return int(value) if value.is_integer() else value


def build_report(
    results: Sequence[SubmissionResult],
    suite: TestSuite,
    config: GradingConfig,
    wall_time: float,
) -> dict[str, Any]:
    """Everything a teacher needs, in a stable order; ``results`` must already be sorted."""
    subs = []
    for res in results:
        entry = res.to_dict()
        entry["score"] = _num(entry["score"])
        entry["max_points"] = _num(entry["max_points"])
        for test in entry["tests"]:
            test["points"] = _num(test["points"])
            test["score"] = _num(test["score"])
        subs.append(entry)
    verdicts = Counter(t["verdict"] for s in subs for t in s["tests"])
    scores = [s["score"] for s in subs]
    return {
        "format": REPORT_FORMAT,
        "kernel": config.kernel_name,
        "tests_file": Path(suite.source_path).name,
        "timeout": config.timeout,
        "tests": [{"name": t.name, "points": _num(t.points)} for t in suite.tests],
        "max_points": _num(suite.max_points),
        "summary": {
            "submissions": len(subs),
            "mean_score": _num(sum(scores) / len(scores)) if scores else 0,
            "full_marks": sum(1 for s in subs if s["score"] == s["max_points"]),
            "statuses": dict(sorted(Counter(s["status"] for s in subs).items())),
            "verdicts": {v: verdicts.get(v, 0) for v in VERDICTS},
        },
        "submissions": subs,
        "wall_time": round(wall_time, 3),
    }


def without_timings(data: Any) -> Any:
    """A copy without timing fields: what must match between serial and parallel runs."""
    if isinstance(data, dict):
        return {k: without_timings(v) for k, v in data.items() if k not in TIMING_KEYS}
    if isinstance(data, list):
        return [without_timings(v) for v in data]
    return data


def to_json(report: dict[str, Any]) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def to_csv(report: dict[str, Any]) -> str:
    """One row per submission; per test its score and its verdict."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    header = ["submission", "status", "score", "max_points"]
    for test in report["tests"]:
        header += [f"{test['name']} [{test['points']}]", f"{test['name']} [verdict]"]
    header.append("notebook_errors")
    writer.writerow(header)
    for sub in report["submissions"]:
        row: list[Any] = [sub["submission"], sub["status"], sub["score"], sub["max_points"]]
        by_name = {t["name"]: t for t in sub["tests"]}
        for test in report["tests"]:
            got = by_name.get(test["name"], {})
            row += [got.get("score", 0), got.get("verdict", "")]
        row.append("; ".join(f"cell {c['cell']}: {c['ename']}" for c in sub["cells"]))
        writer.writerow(row)
    return out.getvalue()


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem;color:#1f2328}
h1{font-size:1.5rem;margin:0 0 .3rem}
.meta{color:#57606a;margin:0 0 1.2rem}
table{border-collapse:collapse;font-size:.92rem}
th,td{border:1px solid #d0d7de;padding:.35rem .55rem;vertical-align:top;text-align:left}
thead th{background:#f6f8fa;position:sticky;top:0}
th .pts{display:block;font-weight:normal;color:#57606a;font-size:.8rem}
td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.v-passed{background:#dafbe1}
.v-failed{background:#fff1c2}
.v-error{background:#ffd8d3}
.v-timeout,.v-limit{background:#ffe2c7}
.v-kernel_died{background:#e6d8ff}
details summary{cursor:pointer}
td details summary{white-space:nowrap}
section details summary{overflow-wrap:anywhere}
pre{white-space:pre-wrap;max-width:48rem;max-height:22rem;overflow:auto;background:#f6f8fa;
 padding:.5rem;margin:.3rem 0;font-size:.8rem}
.status-ok{color:#1a7f37}.status-warn{color:#9a6700}.status-bad{color:#cf222e;font-weight:600}
.legend span{display:inline-block;padding:.1rem .5rem;margin-right:.4rem;border:1px solid #d0d7de}
section.sub{margin-top:1.2rem}
"""


def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _test_cell(test: dict[str, Any]) -> str:
    verdict = test["verdict"]
    score = f"{test['score']}/{test['points']}"
    if verdict == PASSED:
        return f'<td class="num v-passed" title="passed">{_e(score)}</td>'
    body = test["message"]
    if test.get("traceback"):
        body = f"{body}\n\n{test['traceback']}" if body else test["traceback"]
    if test.get("stdout"):
        body += f"\n\n--- output ---\n{test['stdout']}"
    return (
        f'<td class="v-{_e(verdict)}"><details><summary>{_e(score)} {_e(verdict)}</summary>'
        f"<pre>{_e(body)}</pre></details></td>"
    )


def to_html(report: dict[str, Any]) -> str:
    """A single readable page: students x tests, details to expand, nothing external."""
    tests = report["tests"]
    summary = report["summary"]
    head = "".join(
        f'<th scope="col">{_e(t["name"])}<span class="pts">{_e(t["points"])} pts</span></th>'
        for t in tests
    )
    rows = []
    for sub in report["submissions"]:
        by_name = {t["name"]: t for t in sub["tests"]}
        cells = "".join(
            _test_cell(by_name[t["name"]]) if t["name"] in by_name else "<td></td>" for t in tests
        )
        n_cells = len(sub["cells"])
        status = sub["status"]
        if sub["status"] != "ok":
            status_cls = "status-bad"
        elif n_cells:
            status_cls = "status-warn"
            status = f"ok, {n_cells} cell error{'s' if n_cells > 1 else ''}"
        else:
            status_cls = "status-ok"
        rows.append(
            f'<tr><th scope="row"><a href="#s-{_e(sub["student"])}">{_e(sub["submission"])}</a>'
            f'</th><td class="num">{_e(sub["score"])}/{_e(sub["max_points"])}</td>'
            f'<td class="{status_cls}">{_e(status)}</td>{cells}</tr>'
        )
    sections = []
    for sub in report["submissions"]:
        if not sub["cells"] and not sub["message"]:
            continue
        parts = [
            f'<section class="sub" id="s-{_e(sub["student"])}"><h3>{_e(sub["submission"])}</h3>'
        ]
        if sub["message"]:
            parts.append(f"<p>{_e(sub['message'])}</p>")
        for cell in sub["cells"]:
            prompt = f" (In [{cell['execution_count']}])" if cell.get("execution_count") else ""
            title = (
                f"cell {cell['cell']}{prompt}: {cell['verdict']}: {cell['ename']}: {cell['evalue']}"
            )
            parts.append(
                f"<details><summary>{_e(title)}</summary>"
                f"<pre>{_e(cell['traceback'] or cell['evalue'])}</pre></details>"
            )
        parts.append("</section>")
        sections.append("".join(parts))
    legend = "".join(f'<span class="v-{v}">{v}</span>' for v in VERDICTS)
    counts = ", ".join(f"{k}: {v}" for k, v in summary["verdicts"].items() if v)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grading report: {_e(report["tests_file"])}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>Grading report</h1>
<p class="meta">Tests: {_e(report["tests_file"])} &middot; kernel: {_e(report["kernel"])}
&middot; {summary["submissions"]} submissions &middot; mean score {_e(summary["mean_score"])}
of {_e(report["max_points"])} &middot; full marks: {summary["full_marks"]}
&middot; verdicts: {_e(counts)}</p>
<table id="grades">
<thead><tr><th scope="col">Submission</th><th scope="col">Score</th>
<th scope="col">Status</th>{head}</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p class="legend">{legend}</p>
<h2>Notebook problems</h2>
{chr(10).join(sections) or "<p>None.</p>"}
</body>
</html>
"""


def write_report(report: dict[str, Any], path: str | Path) -> Path:
    """Write in the format the file name asks for (.json, .csv or .html)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        text = to_json(report)
    elif suffix == ".csv":
        text = to_csv(report)
    elif suffix in (".html", ".htm"):
        text = to_html(report)
    else:
        raise ValueError(f"report must end in .json, .csv or .html, not {path.name!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
