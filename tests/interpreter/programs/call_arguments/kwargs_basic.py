def build(**fields):
    return fields

print(build(), build(a=1, b=2))
print(build(**{'x': 1}, y=2))

def tag(name, **attrs):
    parts = ' '.join(f'{k}="{v}"' for k, v in attrs.items())
    return f'<{name} {parts}>' if parts else f'<{name}>'

print(tag('br'))
print(tag('a', href='/home', cls='link'))
opts = {'id': 'main', 'style': 'x'}
print(tag('div', **opts))

def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, e=6))
print(mixed(*[9, 8, 7], **{'c': 0, 'z': 1}))
print(build(**{'not an identifier': 1, 'class': 2}))
