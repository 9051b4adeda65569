# Parse web-server log lines with a verbose regex; aggregate per status, hour and path.
import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
192.168.1.11 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 512
10.0.0.5 - - [10/Oct/2023:14:01:12 +0000] "GET /static/app.js HTTP/2.0" 200 10240
10.0.0.5 - - [10/Oct/2023:14:01:13 +0000] "GET /favicon.ico HTTP/2.0" 404 0
192.168.1.10 - - [10/Oct/2023:14:30:00 +0000] "GET /index.html HTTP/1.1" 304 -
bad line that does not match
172.16.0.2 - alice [10/Oct/2023:15:00:59 +0000] "DELETE /api/items/42 HTTP/1.1" 500 73
172.16.0.2 - alice [10/Oct/2023:15:02:03 +0000] "GET /api/items?page=2&size=10 HTTP/1.1" 200 881
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \s+ - \s+ (?P<user>\S+) \s+
    \[(?P<day>\d+)/(?P<mon>\w+)/(?P<year>\d+):(?P<hour>\d\d):(?P<min>\d\d):\d\d \s [+-]\d{4}\] \s+
    "(?P<method>[A-Z]+) \s (?P<path>[^ ?"]+)(?:\?(?P<query>[^ "]*))? \s HTTP/(?P<ver>[\d.]+)" \s+
    (?P<status>\d{3}) \s+ (?P<size>\d+|-)
""", re.VERBOSE)

by_status, by_hour, bytes_by_ip = Counter(), Counter(), defaultdict(int)
bad = 0
for line in LOG.splitlines():
    m = LINE.fullmatch(line)
    if not m:
        bad += 1
        continue
    d = m.groupdict()
    by_status[d["status"]] += 1
    by_hour[d["hour"]] += 1
    bytes_by_ip[d["ip"]] += 0 if d["size"] == "-" else int(d["size"])
    if d["query"]:
        params = dict(p.split("=") for p in d["query"].split("&"))
        print("query", d["path"], params)
    if d["user"] != "-":
        print("user", d["user"], d["method"], d["path"], m.span("path"))
print("bad lines:", bad)
print(sorted(by_status.items()), sorted(by_hour.items()))
for ip, n in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
    print(f"{ip:<15}{n:>8}")
print(re.sub(r"\d+(?=\.\d+\.\d+\.\d+)", "x", "10.0.0.5 and 192.168.1.1"))
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"), re.findall(r"(\w)(\d)", "a1 b2 c3"))
