def cleanup_fails():
    try:
        raise ValueError('primary')
    finally:
        try:
            raise OSError('cleanup problem')
        except OSError as e:
            print('cleanup error handled:', e, '| context:', repr(e.__context__))

try:
    cleanup_fails()
except ValueError as e:
    print('primary survives:', e, e.__context__)

def handler_replaces():
    try:
        {}['missing']
    except KeyError as ke:
        new = RuntimeError('wrapped')
        new.__cause__ = ke
        raise new

try:
    handler_replaces()
except RuntimeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise ValueError('v')
    except ValueError as v:
        raise v
except ValueError as e:
    print('self raise context:', e.__context__)
