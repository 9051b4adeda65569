class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is None:
            print('clean exit; ev is', ev, 'tb is', tb)
        else:
            print('type:', et.__name__)
            print('value:', repr(ev))
            print('isinstance:', isinstance(ev, et))
            print('args:', ev.args)
            print('has traceback:', tb is not None)
        return True

with Inspect():
    pass
with Inspect():
    raise ValueError('bad value', 42)
with Inspect():
    raise KeyError
with Inspect():
    1 + 'a'
print('done')
