import hashlib
import hmac

for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc")
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
for chunk in (b"a", b"b", b"c"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest())
c = h.copy()
c.update(b"d")
print(c.hexdigest() != h.hexdigest(), len(h.digest()))
print(hashlib.md5(b"").hexdigest(), hashlib.sha1(b"The quick brown fox").hexdigest())
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.shake_128(b"abc").hexdigest(16), len(hashlib.shake_256(b"").digest(40)))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex()[:40])
print(hashlib.pbkdf2_hmac("sha1", b"pw", b"salt", 10, dklen=8).hex())
print("sha256" in hashlib.algorithms_guaranteed, "md5" in hashlib.algorithms_available)
mac = hmac.new(b"secret-key", b"message", "sha256")
print(mac.hexdigest(), mac.name, mac.digest_size)
mac.update(b" more")
print(mac.hexdigest()[:16], hmac.new(b"k", digestmod=hashlib.sha1).name)
print(hmac.digest(b"key", b"msg", "md5").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"))
try:
    hashlib.new("no-such-hash")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
