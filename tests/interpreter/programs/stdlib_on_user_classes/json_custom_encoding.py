import json
from dataclasses import dataclass, asdict
from enum import Enum

class Kind(Enum):
    A = 'a'
    B = 'b'

@dataclass
class Rec:
    id: int
    kind: Kind
    tags: tuple

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, Rec):
            return asdict(o)
        return super().default(o)

recs = [Rec(1, Kind.A, ('x',)), Rec(2, Kind.B, ())]
text = json.dumps(recs, cls=Encoder, sort_keys=True)
print(text)
back = json.loads(text)
print(back[0]['kind'], type(back[0]['tags']).__name__)
print(json.dumps({'b': 1, 'a': [1.5, None, True]}, indent=2))
print(json.dumps('é', ensure_ascii=False), json.dumps('é'))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.loads('{"x": [1, 2, {"y": null}]}', object_hook=lambda d: sorted(d.items())))
