import hashlib
import hmac

key = b"super-secret"
messages = [b"transfer 10", b"transfer 1000", b""]
for m in messages:
    for algo in ("sha256", "sha1", "md5"):
        print(algo, m, hmac.new(key, m, algo).hexdigest()[:24])
h = hmac.new(key, digestmod=hashlib.sha256)
h.update(b"transfer ")
h2 = h.copy()
h.update(b"10")
h2.update(b"11")
print(h.hexdigest() == hmac.new(key, b"transfer 10", "sha256").hexdigest(), h.digest() != h2.digest())
print(h.block_size, h.digest_size, h.name)
print(hmac.compare_digest(h.hexdigest(), hmac.new(key, b"transfer 10", "sha256").hexdigest()))
try:
    hmac.new(key)
except TypeError as e:
    print("TypeError:", e)
