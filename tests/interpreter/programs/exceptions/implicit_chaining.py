def inner():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')

try:
    inner()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        raise KeyError('first')
    finally:
        raise IndexError('second')
except IndexError as e:
    print(repr(e), 'context:', repr(e.__context__))
try:
    try:
        raise TypeError('a')
    except TypeError:
        try:
            raise ValueError('b')
        except ValueError:
            raise RuntimeError('c')
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(' <- '.join(chain))
try:
    raise ValueError('no context')
except ValueError as e:
    print(e.__context__, e.__cause__)
