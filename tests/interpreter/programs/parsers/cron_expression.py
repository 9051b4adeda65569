# Parse cron expressions (lists, ranges, steps, names) into sets per field and
# find the next run times after a given moment.
from datetime import datetime, timedelta

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
NAMES = {"month": {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
         "weekday": {d: i for i, d in enumerate("sun mon tue wed thu fri sat".split())}}
MACROS = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0"}


class CronError(ValueError):
    pass


def parse_field(text, name, lo, hi):
    values = set()
    for part in text.split(","):
        body, _, step = part.partition("/")
        step = int(step) if step else 1
        if step <= 0:
            raise CronError(f"{name}: step must be positive")
        if body == "*":
            a, b = lo, hi
        else:
            a_s, _, b_s = body.partition("-")
            conv = lambda s: NAMES.get(name, {}).get(s.lower()) if not s.isdigit() else int(s)
            a = conv(a_s)
            b = conv(b_s) if b_s else (hi if step > 1 else a)
            if a is None or b is None:
                raise CronError(f"{name}: bad value {body!r}")
        if not (lo <= a <= hi and lo <= b <= hi) or a > b:
            raise CronError(f"{name}: {body!r} outside {lo}-{hi}")
        values.update(range(a, b + 1, step))
    return values


def parse(expr):
    expr = MACROS.get(expr, expr)
    parts = expr.split()
    if len(parts) != 5:
        raise CronError(f"expected 5 fields, got {len(parts)}")
    return {name: parse_field(p, name, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}


def next_runs(expr, after, n=3):
    spec = parse(expr)
    t = after.replace(second=0, microsecond=0) + timedelta(minutes=1)
    out = []
    while len(out) < n:
        if (t.month in spec["month"] and t.day in spec["day"] and (t.isoweekday() % 7) in spec["weekday"]
                and t.hour in spec["hour"] and t.minute in spec["minute"]):
            out.append(t.strftime("%Y-%m-%d %a %H:%M"))
            t += timedelta(minutes=1)
        elif t.month not in spec["month"] or t.day not in spec["day"] or (t.isoweekday() % 7) not in spec["weekday"]:
            t = (t + timedelta(days=1)).replace(hour=0, minute=0)
        elif t.hour not in spec["hour"]:
            t = (t + timedelta(hours=1)).replace(minute=0)
        else:
            t += timedelta(minutes=1)
    return out


NOW = datetime(2024, 2, 27, 22, 47, 13)
for expr in ["*/15 * * * *", "0 9-17/4 * * mon-fri", "30 2 29 feb *", "@weekly", "5,10 0 1 jan,jul *"]:
    spec = parse(expr)
    print(expr, {k: len(v) for k, v in spec.items()}, next_runs(expr, NOW))
for bad in ["* * *", "61 * * * *", "*/0 * * * *", "* * * foo *", "5-1 * * * *"]:
    try:
        parse(bad)
    except CronError as e:
        print("CronError:", e)
