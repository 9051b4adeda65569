# A small XML parser: elements, attributes (both quote styles), self-closing
# tags, text, entities, comments; mismatched tags raise with a position; then
# queries over the tree and re-serialisation.
import re

ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag, self.attrs, self.children, self.parent = tag, attrs, [], parent

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self, tag=None):
        if tag is None or self.tag == tag:
            yield self
        for c in self.children:
            if isinstance(c, Element):
                yield from c.iter(tag)

    def __repr__(self):
        return f"<{self.tag} {self.attrs}>"


class ParseError(Exception):
    pass


def unescape(s):
    return re.sub(r"&(\w+);", lambda m: ENTITIES[m.group(1)], s)


TAG = re.compile(r"<(/?)([\w:-]+)((?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*(/?)>|<!--.*?-->|([^<]+)", re.S)
ATTR = re.compile(r"([\w:-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")


def parse(src):
    root = Element("#document", {})
    cur = root
    pos = 0
    while pos < len(src):
        m = TAG.match(src, pos)
        if not m:
            raise ParseError(f"cannot parse at offset {pos}: {src[pos:pos + 10]!r}")
        closing, tag, attrs, selfclose, text = m.groups()
        if text is not None:
            if text.strip():
                cur.children.append(unescape(text.strip()))
        elif tag is None:
            pass  # a comment
        elif closing:
            if tag != cur.tag:
                raise ParseError(f"</{tag}> at offset {pos} closes <{cur.tag}>")
            cur = cur.parent
        else:
            attrs = {k: unescape(a if a is not None else b) for k, a, b in ATTR.findall(attrs)}
            el = Element(tag, attrs, cur)
            cur.children.append(el)
            if not selfclose:
                cur = el
        pos = m.end()
    if cur is not root:
        raise ParseError(f"unclosed <{cur.tag}>")
    return root


def serialise(el):
    if isinstance(el, str):
        return el.replace("&", "&amp;").replace("<", "&lt;")
    attrs = "".join(f' {k}="{v}"' for k, v in el.attrs.items())
    if not el.children:
        return f"<{el.tag}{attrs}/>"
    return f"<{el.tag}{attrs}>" + "".join(map(serialise, el.children)) + f"</{el.tag}>"


DOC = """<library name='city &amp; county'>
  <!-- a comment -->
  <book id="1" lang="en"><title>Dune</title><year>1965</year></book>
  <book id="2"><title>Fish &lt;&gt; Chips</title><year>2001</year><tag/></book>
  <shelf><book id="3"><title>Nested</title><year>1999</year></book></shelf>
</library>"""
doc = parse(DOC)
lib = doc.children[0]
print(lib, lib.attrs["name"])
for b in lib.iter("book"):
    print(b.attrs["id"], b.attrs.get("lang", "-"), next(b.iter("title")).text(), next(b.iter("year")).text())
print(sorted(int(y.text()) for y in doc.iter("year")))
print(serialise(lib))
print(parse(serialise(lib)).children[0].text() == lib.text())
for bad in ["<a><b></a></b>", "<a>", "<a x=1></a>"]:
    try:
        parse(bad)
    except ParseError as e:
        print("ParseError:", e)
