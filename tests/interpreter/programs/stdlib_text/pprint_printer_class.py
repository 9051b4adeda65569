import io
import pprint

buf = io.StringIO()
pp = pprint.PrettyPrinter(indent=2, width=30, stream=buf)
pp.pprint({"numbers": list(range(12)), "words": ["alpha", "beta", "gamma", "delta"]})
print(buf.getvalue(), end="")
print(pp.pformat((1, 2, 3)))
print(pp.isreadable({"a": 1}), pp.isrecursive([]))


class UpperPrinter(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)


UpperPrinter(width=20).pprint(["abc", {"key": "value"}, 3])
pprint.pp({"z": 1, "a": 2})
pprint.pp({"z": 1, "a": 2}, sort_dicts=True)
