import difflib

hd = difflib.HtmlDiff(tabsize=4, wrapcolumn=40)
table = hd.make_table(["alpha\n", "beta\n", "gamma\n"], ["alpha\n", "BETA\n", "gamma\n", "delta\n"],
                      fromdesc="left", todesc="right", context=True, numlines=1)
print(len(table) > 100, table.count("<tr>"), "diff_chg" in table, "diff_add" in table)
page = difflib.HtmlDiff().make_file(["x\n"], ["y\n"])
print(page.startswith("\n<!DOCTYPE html"), "</html>" in page)
