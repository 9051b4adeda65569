class Store:
    def __init__(self):
        self.data = {}
    def __setitem__(self, key, value):
        print('set', key, value)
        if isinstance(key, slice):
            key = (key.start, key.stop)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
    def __getitem__(self, key):
        return self.data[key]

s = Store()
s['a'] = 1
s[1:3] = 'slice'
s['a'] += 5
print(s['a'])
del s['a']
try:
    del s['missing']
except KeyError as e:
    print(type(e).__name__, e)
x = s['k'] = 7
print(x, s.data)
a = b = [0]
a[0] = 'same'
print(b)
s[0], s[1] = 'p', 'q'
print(sorted(k for k in s.data if isinstance(k, int)))
