def process(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        print('logging error for', x)
        raise

try:
    process(0)
except ZeroDivisionError as e:
    print('re-raised:', e)

try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)

def nested_reraise():
    try:
        raise KeyError('outer')
    except KeyError:
        try:
            raise ValueError('inner')
        except ValueError:
            pass
        raise

try:
    nested_reraise()
except KeyError as e:
    print('bare raise restored', repr(e))
