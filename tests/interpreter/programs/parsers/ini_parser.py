# An INI parser: sections, key = value and key: value, comments, continuation
# lines, ${section:key} interpolation, typed getters and error reports.
import re


class IniError(Exception):
    def __init__(self, lineno, msg):
        super().__init__(f"line {lineno}: {msg}")
        self.lineno = lineno


class Config:
    SECTION = re.compile(r"\[\s*(?P<name>[^\]]+?)\s*\]\s*$")
    OPTION = re.compile(r"(?P<key>[^=:\s][^=:]*?)\s*[=:]\s*(?P<value>.*)$")
    REF = re.compile(r"\$\{(?:(?P<sec>[^:}]+):)?(?P<key>[^}]+)\}")

    def __init__(self, text):
        self.data = {"DEFAULT": {}}
        section, last_key = None, None
        for n, raw in enumerate(text.splitlines(), 1):
            line = raw.rstrip()
            if not line.strip() or line.lstrip().startswith(("#", ";")):
                continue
            if raw[:1].isspace() and last_key:
                self.data[section][last_key] += "\n" + line.strip()
                continue
            if m := self.SECTION.match(line):
                section = m["name"]
                if section in self.data and section != "DEFAULT":
                    raise IniError(n, f"duplicate section {section!r}")
                self.data.setdefault(section, {})
                last_key = None
            elif m := self.OPTION.match(line):
                if section is None:
                    raise IniError(n, "option outside a section")
                last_key = m["key"].lower()
                self.data[section][last_key] = m["value"]
            else:
                raise IniError(n, f"cannot parse {line!r}")

    def get(self, section, key, depth=0):
        if depth > 10:
            raise RecursionError("interpolation too deep")
        values = {**self.data["DEFAULT"], **self.data[section]}
        raw = values[key.lower()]
        return self.REF.sub(lambda m: self.get(m["sec"] or section, m["key"], depth + 1), raw)

    def getint(self, section, key):
        return int(self.get(section, key))

    def getboolean(self, section, key):
        v = self.get(section, key).lower()
        if v in ("1", "yes", "true", "on"):
            return True
        if v in ("0", "no", "false", "off"):
            return False
        raise ValueError(f"not a boolean: {v!r}")

    def sections(self):
        return [s for s in self.data if s != "DEFAULT"]


TEXT = """
# global defaults
[DEFAULT]
root = /srv/app
debug = no

[server]
host = 127.0.0.1
port: 8080
url = http://${host}:${port}/
logs = ${root}/logs
banner = Welcome
   to the
   server

[database]
path = ${DEFAULT:root}/db.sqlite
debug = yes
pool size = 5
loop = ${loop}
"""
cfg = Config(TEXT)
print(cfg.sections())
for sec in cfg.sections():
    for key in sorted({**cfg.data["DEFAULT"], **cfg.data[sec]}):
        try:
            print(f"{sec}.{key} = {cfg.get(sec, key)!r}")
        except RecursionError as e:
            print(f"{sec}.{key}: {e}")
print(cfg.getint("server", "port") + 1, cfg.getboolean("server", "debug"),
      cfg.getboolean("database", "debug"), cfg.getint("database", "Pool Size"))
for bad in ["key = 1", "[a]\n[a]", "[s]\njust words"]:
    try:
        Config(bad)
    except IniError as e:
        print("IniError", e, e.lineno)
