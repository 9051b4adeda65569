# A tiny template engine: {{ name }}, {{ obj.attr }}, {% for x in xs %}...{% endfor %},
# {% if cond %}...{% endif %}, compiled to a list of nodes.
import re
from string import Template

TOKEN = re.compile(r"({{.*?}}|{%.*?%})", re.S)


class TemplateError(Exception):
    pass


def lookup(ctx, dotted):
    value = ctx
    for part in dotted.strip().split("."):
        value = value[part] if isinstance(value, dict) else getattr(value, part)
    return value


def parse(tokens, end=None):
    nodes = []
    while tokens:
        tok = tokens.pop(0)
        if tok.startswith("{{"):
            nodes.append(("var", tok[2:-2]))
        elif tok.startswith("{%"):
            words = tok[2:-2].split()
            if words[0] == end:
                return nodes
            if words[0] == "for":
                nodes.append(("for", words[1], words[3], parse(tokens, "endfor")))
            elif words[0] == "if":
                nodes.append(("if", words[1], parse(tokens, "endif")))
            else:
                raise TemplateError(f"unknown tag {words[0]!r}")
        else:
            nodes.append(("text", tok))
    if end:
        raise TemplateError(f"missing {end}")
    return nodes


def render(nodes, ctx):
    out = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "var":
            out.append(str(lookup(ctx, node[1])))
        elif kind == "for":
            for item in lookup(ctx, node[2]):
                out.append(render(node[3], {**ctx, node[1]: item}))
        elif kind == "if":
            if lookup(ctx, node[1]):
                out.append(render(node[2], ctx))
    return "".join(out)


class User:
    def __init__(self, name, admin):
        self.name, self.admin = name, admin


SRC = "Hello {{ site }}!\n{% for u in users %}- {{ u.name }}{% if u.admin %} (admin){% endif %}\n{% endfor %}Total: {{ n }}"
ctx = {"site": "PythonBox", "users": [User("ann", True), User("bob", False), User("cy", True)], "n": 3}
print(render(parse([t for t in TOKEN.split(SRC) if t]), ctx))
for bad in ["{% for x in xs %}open", "{% while %}"]:
    try:
        parse([t for t in TOKEN.split(bad) if t])
    except TemplateError as e:
        print("TemplateError:", e)
t = Template("$who likes ${what}s; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
