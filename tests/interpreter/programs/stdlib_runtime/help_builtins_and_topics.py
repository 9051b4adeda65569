import math
import json

help(abs)
help(max)
help(math.sqrt)
help(json.dumps)
help(str.split)
help(dict.get)
help("def")
help("if")
help(None)
help(1.5.hex)
