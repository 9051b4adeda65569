words = ['a', 'ñandú', '中文', 'emoji']
for w in words:
    print(f'[{w:<7}] [{w:>7}] [{w:^7}] {len(w)}')
print(f'{"":*^11}')
print(f'{"ok":✓^8}')
print('{:-^20}'.format(' centered '))
print('|' + 'x'.center(6) + '|' + 'x'.ljust(4, '.') + '|' + 'x'.rjust(4, '.') + '|')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2))
print('{:<{w}}|{:>{w}}'.format('L', 'R', w=4))
print('{:^9}'.format('odd'), '{:^8}|'.format('odd'))
print(f'{"truncated":.4}|{"pad":10.2}|')
