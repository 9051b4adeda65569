word = 'Hello'
codes = [ord(c) for c in word]
print(codes, ''.join(chr(c) for c in codes))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
rot13 = lambda s: ''.join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in s)
print(rot13('hello world'), rot13(rot13('abc')))
for n in [0, 5, 255, 1024, -42]:
    print(n, bin(n), oct(n), hex(n), f'{n:08b}' if n >= 0 else '')
print(int(bin(37), 2), int(hex(3054), 16), int(oct(511), 8))
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(ord('\n'), chr(9) == '\t', [hex(b) for b in 'é'.encode()])
