import io
import warnings

print(warnings.formatwarning("message", UserWarning, "file.py", 10), end="")
print(warnings.formatwarning("m", DeprecationWarning, "f.py", 3, line="  code()  "), end="")
buf = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "where.py", 7, file=buf, line="x = 1")
print(buf.getvalue(), end="")
w = warnings.WarningMessage("text", UserWarning, "a.py", 1)
print(w.message, w.category.__name__, w.filename, w.lineno, w.line)
print(str(w))
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "virtual.py", 42)
print(log[0].filename, log[0].lineno, log[0].category.__name__)
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.resetwarnings()
    print(len(warnings.filters))
    warnings.filterwarnings("ignore")
print(list(warnings.filters) == before, warnings.filters[0][0])
with warnings.catch_warnings(record=True, action="always") as log:
    warnings.warn("with action=")
print(len(log))
