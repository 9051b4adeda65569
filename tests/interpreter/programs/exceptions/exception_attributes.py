e = ValueError('msg', 42)
print(e.args, str(e), repr(e))
e2 = KeyError('key')
print(str(e2), repr(e2), e2.args)
print(str(KeyError()), repr(IndexError()), str(Exception(None)))
print(str(OSError(2, 'No such file')), OSError(2, 'x').errno)
err = Exception('with note')
err.add_note('first note')
err.add_note('second note')
print(err.__notes__)
try:
    raise err
except Exception as caught:
    print(caught is err, caught.__notes__[-1])
e3 = StopIteration('value')
print(e3.value, e3.args)
e4 = SyntaxError('invalid', ('f.py', 3, 5, 'x = ', 3, 6))
print(e4.msg, e4.lineno, e4.offset, e4.text)
ex = ArithmeticError()
ex.custom = 'dynamic attr'
print(ex.custom)
try:
    err.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
