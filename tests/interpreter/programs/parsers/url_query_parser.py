# Split URLs into scheme/user/host/port/path/query/fragment by hand, percent-decode
# query strings into multi-dicts, and rebuild them.
import re
from collections import defaultdict

URL = re.compile(r"""^(?P<scheme>[a-z][a-z0-9+.-]*)://
    (?:(?P<user>[^:@/]+)(?::(?P<password>[^@/]*))?@)?
    (?P<host>\[[0-9a-f:]+\]|[^:/?#]+)(?::(?P<port>\d+))?
    (?P<path>/[^?#]*)?(?:\?(?P<query>[^#]*))?(?:\#(?P<fragment>.*))?$""", re.X | re.I)
DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}


def unquote(s):
    s = s.replace("+", " ")
    data = bytearray()
    i = 0
    while i < len(s):
        if s[i] == "%" and i + 2 < len(s) + 0 and re.fullmatch(r"[0-9A-Fa-f]{2}", s[i + 1:i + 3]):
            data.append(int(s[i + 1:i + 3], 16))
            i += 3
        else:
            data.extend(s[i].encode("utf-8"))
            i += 1
    return data.decode("utf-8", errors="replace")


def quote(s, safe="-_.~"):
    out = []
    for b in s.encode("utf-8"):
        ch = chr(b)
        out.append(ch if ch.isalnum() and b < 128 or ch in safe else "+" if ch == " " else f"%{b:02X}")
    return "".join(out)


def parse_qs(q):
    result = defaultdict(list)
    for part in filter(None, q.split("&")):
        key, _, value = part.partition("=")
        result[unquote(key)].append(unquote(value))
    return dict(result)


def parse(url):
    m = URL.match(url)
    if not m:
        raise ValueError(f"not a URL: {url!r}")
    d = m.groupdict()
    d["scheme"] = d["scheme"].lower()
    d["host"] = d["host"].lower()
    d["port"] = int(d["port"]) if d["port"] else DEFAULT_PORTS.get(d["scheme"])
    d["path"] = d["path"] or "/"
    d["params"] = parse_qs(d.pop("query") or "")
    return d


for url in ["https://example.com", "HTTP://User:Secret@Example.COM:8080/a/b%20c/?q=caf%C3%A9&tag=a&tag=b+c#top",
            "ftp://files.example.org/pub/file.tar.gz", "http://[::1]:3000/api?x=%ZZ&empty=&flag",
            "mailto:someone"]:
    try:
        d = parse(url)
    except ValueError as e:
        print("ValueError:", e)
        continue
    print({k: v for k, v in d.items() if v not in (None, {})})
params = {"q": "säge & mehr", "page": "2", "path": "/x/y"}
qs = "&".join(f"{quote(k)}={quote(v)}" for k, v in params.items())
print(qs, parse_qs(qs) == {k: [v] for k, v in params.items()})
