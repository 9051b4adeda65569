def test(mode):
    out = []
    try:
        try:
            out.append('try')
            if mode == 'raise':
                raise ValueError('body')
        except ValueError:
            out.append('except')
            raise TypeError('from except')
        else:
            out.append('else')
            if mode == 'else-raise':
                raise KeyError('from else')
        finally:
            out.append('finally')
    except Exception as e:
        out.append(f'outer {type(e).__name__} ctx={type(e.__context__).__name__}')
    return out

for m in ['ok', 'raise', 'else-raise']:
    print(m, test(m))
