class WithStr(Exception):
    def __str__(self):
        return 'custom str'

class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr<custom>'

class WithInit(Exception):
    def __init__(self, code):
        self.code = code

for e in [WithStr('ignored'), WithRepr('x'), WithInit(404), WithInit(code=500)]:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args)
print(repr(ValueError()), repr(ValueError('')), repr(ValueError('a', 'b')))
print(str(KeyError('a')), str(KeyError('a', 'b')), str(KeyError(1)))
print(repr(ExceptionGroup('g', [ValueError(1)])))
print(str(ExceptionGroup('g', [ValueError(1), TypeError(2)])))
print(f'{ZeroDivisionError("div")!r} {ZeroDivisionError("div")}')
print(repr(StopIteration(5)), repr(SystemExit(1)), repr(BaseException()))
