class FailingExit:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError(f'exit failed (original: {et.__name__ if et else None})')

try:
    with FailingExit():
        pass
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
try:
    with FailingExit():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e)
    print('context:', type(e.__context__).__name__, e.__context__)

class Translate:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError('translated') from ev

try:
    with Translate():
        {}['k']
except LookupError as e:
    print(type(e).__name__, e, repr(e.__cause__), e.__suppress_context__)
