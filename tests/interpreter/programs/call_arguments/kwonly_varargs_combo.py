def report(title, *rows, sep=' | ', width=6, **meta):
    lines = [title.center(width * 2)]
    for row in rows:
        lines.append(sep.join(str(c).rjust(width) for c in row))
    for k, v in sorted(meta.items()):
        lines.append(f'{k}={v}')
    return '\n'.join(lines)

print(report('T', (1, 2), (33, 44)))
print(report('Nums', (5,), sep=':', width=3, author='me', rev=2))

def signature_test(a, b=2, /, c=3, *args, d, e=5, **kw):
    return dict(a=a, b=b, c=c, args=args, d=d, e=e, kw=kw)

print(signature_test(1, d=4))
print(signature_test(1, 2, 3, 4, 5, d=6, f=7))
print(signature_test(1, c=30, d=40, b=99))
try:
    signature_test(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
