import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print(f"[{category.__name__}] {message} (line {lineno})")


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
for w in log:
    show(w.message, w.category, w.filename, w.lineno)
    print(warnings.formatwarning(w.message, w.category, "cell.py", w.lineno, line="source()"), end="")
warnings.showwarning("direct", UserWarning, "direct.py", 1, file=sys.stdout, line="")
print("done")
