names = [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, StopIteration,
         RecursionError, UnicodeDecodeError, NotImplementedError, ModuleNotFoundError,
         KeyboardInterrupt, UnboundLocalError, TimeoutError]
for cls in names:
    print(cls.__name__, '->', ' > '.join(c.__name__ for c in cls.__mro__[1:]))
print(issubclass(KeyError, LookupError), issubclass(BaseException, Exception))
try:
    {}['x']
except LookupError as e:
    print('LookupError caught', type(e).__name__)
try:
    [][1]
except Exception as e:
    print('Exception caught', type(e).__name__)
try:
    raise SystemExit(3)
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
