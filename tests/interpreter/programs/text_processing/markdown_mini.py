# A small Markdown-to-HTML converter: headings, paragraphs, unordered and ordered
# lists, code blocks, emphasis, inline code, links, and HTML escaping.
import re

ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}


def escape(s):
    return "".join(ESCAPES.get(c, c) for c in s)


def inline(text):
    parts = re.split(r"(`[^`]+`)", text)
    out = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            out.append(f"<code>{escape(part[1:-1])}</code>")
            continue
        part = escape(part)
        part = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", part)
        part = re.sub(r"(?<!\*)\*(?!\*)(.+?)\*", r"<em>\1</em>", part)
        part = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', part)
        out.append(part)
    return "".join(out)


def convert(md):
    html, para, list_kind, code = [], [], None, None

    def flush_para():
        if para:
            html.append(f"<p>{inline(' '.join(para))}</p>")
            para.clear()

    def close_list():
        nonlocal list_kind
        if list_kind:
            html.append(f"</{list_kind}>")
            list_kind = None

    for line in md.splitlines():
        if code is not None:
            if line.startswith("```"):
                html.append(f'<pre><code class="{code}">' + escape("\n".join(block)) + "</code></pre>")
                code = None
            else:
                block.append(line)
            continue
        if line.startswith("```"):
            flush_para(); close_list()
            code, block = line[3:].strip() or "text", []
        elif m := re.match(r"(#{1,6})\s+(.*)", line):
            flush_para(); close_list()
            level = len(m.group(1))
            html.append(f"<h{level}>{inline(m.group(2))}</h{level}>")
        elif m := re.match(r"\s*([-*]|\d+\.)\s+(.*)", line):
            flush_para()
            kind = "ol" if m.group(1)[0].isdigit() else "ul"
            if list_kind != kind:
                close_list()
                html.append(f"<{kind}>")
                list_kind = kind
            html.append(f"  <li>{inline(m.group(2))}</li>")
        elif not line.strip():
            flush_para(); close_list()
        else:
            close_list()
            para.append(line.strip())
    flush_para(); close_list()
    return "\n".join(html)


DOC = """# PythonBox *notes*

A **sandboxed** interpreter with `a < b` checks
and [docs](https://example.org/docs?a=1&b=2).

- first *item*
- second **item**
1. one
2. two

```python
if x < 3 and y > 2:
    print("<ok>")
```
## Done & dusted"""
print(convert(DOC))
