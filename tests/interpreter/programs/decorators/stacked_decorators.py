def bold(fn):
    print('decorating with bold', fn.__name__)
    def w():
        return '<b>' + fn() + '</b>'
    w.__name__ = 'bold_' + fn.__name__
    return w

def italic(fn):
    print('decorating with italic', fn.__name__)
    def w():
        return '<i>' + fn() + '</i>'
    w.__name__ = 'italic_' + fn.__name__
    return w

@bold
@italic
def text():
    return 'hi'

print(text(), text.__name__)

def order(label):
    print('factory', label)
    def deco(fn):
        print('apply', label)
        return fn
    return deco

@order('first')
@order('second')
@order('third')
def f():
    return 'f'

print(f())
