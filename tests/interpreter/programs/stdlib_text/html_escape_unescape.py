import html

samples = ['<a href="x">Tom & Jerry</a>', "it's", "5 > 3 < 4", "plain"]
for s in samples:
    print(html.escape(s), "|", html.escape(s, quote=False))
for s in ["&lt;b&gt;bold&lt;/b&gt;", "&amp;amp;", "&eacute;t&eacute; &#233;&#x00e9;", "&copy; 2024",
          "&notanentity;", "&#128512;", "&gt"]:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape("<&>\"'")) == "<&>\"'")
