class OnlyEnter:
    def __enter__(self):
        return self

class OnlyExit:
    def __exit__(self, *a):
        return False

for obj in [OnlyEnter(), OnlyExit(), 42]:
    try:
        with obj:
            print('inside')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class Good:
    def __enter__(self):
        print('good enter')
        return 'g'
    def __exit__(self, *a):
        print('good exit')

try:
    with Good() as g, OnlyEnter():
        print('never')
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
