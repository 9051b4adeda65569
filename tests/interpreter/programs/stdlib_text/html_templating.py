import html
import string

rows = [("<script>", 3), ("Tom & Jerry", 5), ('"quoted"', 1)]
template = string.Template("<tr><td>$name</td><td>$count</td></tr>")
body = "\n".join(template.substitute(name=html.escape(n), count=c) for n, c in rows)
page = f"<table>\n{body}\n</table>"
print(page)
print(html.unescape(page) .count("<script>"))
print(html.escape("'single'"), html.escape("'single'", quote=False))
print(html.unescape("&Aacute;&beta;&hearts;&NotEqualTilde;&#0;&#xD800;&nbsp;|"))
