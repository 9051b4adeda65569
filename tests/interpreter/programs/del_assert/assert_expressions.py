values = [1, 2, 3]
assert len(values) == 3 and all(v > 0 for v in values)
assert sum(values) == 6, 'sum mismatch'
print('basic asserts ok')
tests = [
    (lambda: values[0] == 2, 'first is not 2'),
    (lambda: 'x' in 'abc', 'x missing'),
    (lambda: values == sorted(values), 'not sorted'),
    (lambda: None, 'none is falsy'),
]
for pred, msg in tests:
    try:
        assert pred(), msg
        print('passed', msg)
    except AssertionError as e:
        print('AssertionError', e)

class Detail(Exception):
    pass

try:
    assert False, Detail('wrapped')
except AssertionError as e:
    inner = e.args[0]
    print(type(inner).__name__, inner)
try:
    assert 0, 42
except AssertionError as e:
    print(e.args, type(e.args[0]).__name__)
