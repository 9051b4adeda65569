import fnmatch

names = ["data.csv", "data.json", "notes.txt", "Report.CSV", "image01.png", "image10.png",
         "archive.tar.gz", ".hidden"]
for pattern in ["*.csv", "*.[cC][sS][vV]", "image0?.png", "image[!0]*.png", "*.*.*", ".*", "*"]:
    print(f"{pattern:16} {fnmatch.filter(names, pattern)}")
print(fnmatch.fnmatch("Report.CSV", "*.csv"), fnmatch.fnmatchcase("Report.CSV", "*.csv"))
print(fnmatch.translate("*.py"))
print(fnmatch.translate("file[0-9]?.txt"))
print(fnmatch.fnmatchcase("a[b", "a[[]b"), fnmatch.fnmatchcase("abc", "a[!x-z]c"))
