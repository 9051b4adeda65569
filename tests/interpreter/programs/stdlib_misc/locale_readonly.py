import locale

conv = locale.localeconv()
print(sorted(conv)[:5], conv["decimal_point"])
print(locale.str(3.25), locale.atof("2.5"), locale.atoi("42"))
print(locale.format_string("%d items at %.2f", (3, 1.5)))
print(locale.delocalize("1.5"), locale.localize("2.5"))
print(locale.normalize("en_US"), locale.normalize("de"))
print(locale.LC_ALL != locale.LC_NUMERIC, locale.CHAR_MAX)
print(sorted(["b", "a", "C"], key=locale.strxfrm), locale.strcoll("a", "b") < 0)
