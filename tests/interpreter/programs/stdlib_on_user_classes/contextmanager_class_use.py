from contextlib import contextmanager

class Database:
    def __init__(self):
        self.data = {}
        self.log = []

    @contextmanager
    def transaction(self):
        snapshot = dict(self.data)
        self.log.append('begin')
        try:
            yield self
        except Exception as e:
            self.data = snapshot
            self.log.append(f'rollback ({type(e).__name__}: {e})')
            raise
        else:
            self.log.append('commit')

db = Database()
with db.transaction() as t:
    t.data['a'] = 1
    t.data['b'] = 2
try:
    with db.transaction():
        db.data['c'] = 3
        raise ValueError('constraint violated')
except ValueError:
    pass
print(db.data)
print(db.log)
