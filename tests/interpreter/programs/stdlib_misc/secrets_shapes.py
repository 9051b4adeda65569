import secrets
import string

tok = secrets.token_hex(16)
print(len(tok), all(c in string.hexdigits for c in tok))
print(len(secrets.token_bytes(12)), type(secrets.token_bytes()).__name__, len(secrets.token_bytes()))
print(len(secrets.token_urlsafe(9)), all(c.isalnum() or c in "-_" for c in secrets.token_urlsafe(30)))
print(secrets.choice("x"), 0 <= secrets.randbelow(10) < 10, 0 <= secrets.randbits(8) < 256)
alphabet = string.ascii_letters + string.digits
password = "".join(secrets.choice(alphabet) for _ in range(12))
print(len(password), all(c in alphabet for c in password))
print(secrets.compare_digest("same", "same"), secrets.compare_digest(b"a", b"b"))
r = secrets.SystemRandom()
print(0 <= r.random() < 1, sorted(r.sample(range(5), 5)), secrets.DEFAULT_ENTROPY)
try:
    secrets.randbelow(0)
except ValueError as e:
    print("ValueError:", e)
