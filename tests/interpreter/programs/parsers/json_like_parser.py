# A hand-written JSON parser (with line/column errors) checked against json.loads,
# and a pretty printer checked against json.dumps.
import json


class JSONError(ValueError):
    pass


class Reader:
    ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.s, self.i = text, 0

    def error(self, msg):
        line = self.s.count("\n", 0, self.i) + 1
        col = self.i - (self.s.rfind("\n", 0, self.i) + 1) + 1
        raise JSONError(f"{msg} at line {line} column {col}")

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def value(self):
        self.ws()
        if self.i >= len(self.s):
            self.error("unexpected end")
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i] != '"':
                self.error("expected key")
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                self.error("expected ':'")
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                self.i -= 1
                self.error("expected ',' or '}'")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                self.i -= 1
                self.error("expected ',' or ']'")

    def string(self):
        self.i += 1
        buf = []
        while True:
            c = self.s[self.i]
            self.i += 1
            if c == '"':
                return "".join(buf)
            if c == "\\":
                e = self.s[self.i]
                self.i += 1
                if e == "u":
                    buf.append(chr(int(self.s[self.i:self.i + 4], 16)))
                    self.i += 4
                else:
                    buf.append(self.ESC[e])
            else:
                buf.append(c)

    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            self.error("unexpected character " + repr(self.s[self.i]))
        return float(text) if any(c in text for c in ".eE") else int(text)


def loads(text):
    r = Reader(text)
    v = r.value()
    r.ws()
    if r.i != len(text):
        r.error("extra data")
    return v


def dumps(v, indent=0):
    pad = "  " * (indent + 1)
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f"{pad}{json.dumps(k)}: {dumps(x, indent + 1)}" for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * indent + "}"
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + dumps(x, indent + 1) for x in v) + "\n" + "  " * indent + "]"
    return json.dumps(v)


DOC = '''{"name": "PythonBox", "version": [0, 1, 0], "tags": ["sandbox", "jupyter"],
 "nested": {"ok": true, "none": null, "pi": 3.14159, "exp": -1.5e-3, "empty": {}, "list": []},
 "escapes": "tab\\tquote\\"slash\\/ \\u00e9\\u4e2d"}'''
mine = loads(DOC)
print(mine == json.loads(DOC), mine["escapes"])
print(dumps(mine) == json.dumps(mine, indent=2, ensure_ascii=True))
print(dumps(mine["nested"]))
for bad in ['{"a" 1}', '[1, 2', '{"a": 1,, }', '[1 2]', '{"x": tru}', '1 2']:
    try:
        loads(bad)
    except (JSONError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
