import functools

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

vs = [Version(s) for s in ['1.10.0', '1.2', '1.2.1', '0.9', '1.10']]
print(sorted(vs), max(vs), min(vs))
print(Version('1.2') <= Version('1.2.0'), Version('2') > Version('1.99'))
print(Version('1.0') >= Version('1.0'), Version('3') != Version('3'))
print(len(set(vs)), vs.index(Version('1.2.1')))
