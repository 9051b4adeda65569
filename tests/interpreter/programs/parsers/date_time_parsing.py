# Parsing dates in several formats with datetime.strptime, ISO strings,
# timedeltas from "1h30m"-style durations, and calendar arithmetic.
import re
from datetime import date, datetime, timedelta, timezone

FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%B %d, %Y", "%d %b %Y %H:%M", "%Y%m%dT%H%M%S"]


def parse_any(text):
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt), fmt
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(text), "iso"
    except ValueError:
        raise ValueError(f"unrecognised date {text!r}") from None


for s in ["2024-02-29", "31/12/1999", "July 04, 1976", "05 Nov 2023 17:45", "20240101T093000",
          "2024-03-10T12:30:00+02:00", "2023-02-29", "yesterday"]:
    try:
        dt, fmt = parse_any(s)
        print(f"{s:28} {fmt:16} {dt.isoformat()} {dt.strftime('%A')} week {dt.isocalendar()[1]}")
    except ValueError as e:
        print(f"{s:28} ValueError: {e}")

UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds", "w": "weeks"}


def duration(text):
    parts = re.findall(r"(\d+(?:\.\d+)?)([wdhms])", text)
    if not parts or "".join(a + b for a, b in parts) != text:
        raise ValueError(f"bad duration {text!r}")
    return timedelta(**{UNITS[u]: float(n) for n, u in parts})


for d in ["1h30m", "2d", "1w2d3h4m5s", "90s", "0.5h", "3x"]:
    try:
        td = duration(d)
        print(d, td, td.total_seconds())
    except ValueError as e:
        print("ValueError:", e)

start = date(2024, 1, 31)
print(start + timedelta(days=30), (date(2025, 1, 1) - start).days, start.replace(day=1).weekday())
dt = datetime(2024, 3, 10, 12, 30, tzinfo=timezone(timedelta(hours=2)))
print(dt.astimezone(timezone.utc), dt.utcoffset(), dt.tzname())
print(sorted([date(2020, 5, 17), date(2019, 12, 31), date(2020, 1, 1)]), date.fromordinal(738000))
print(datetime(2000, 1, 1) + timedelta(seconds=86399.5), timedelta(days=-1, seconds=5))
