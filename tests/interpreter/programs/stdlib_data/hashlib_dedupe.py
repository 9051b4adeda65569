import hashlib

docs = ["alpha beta", "gamma", "alpha beta", "delta", "gamma", "alpha  beta"]
seen = {}
for i, d in enumerate(docs):
    key = hashlib.sha1(d.encode()).hexdigest()[:12]
    seen.setdefault(key, []).append(i)
for key, idx in seen.items():
    print(key, idx)
h = hashlib.sha256()
for part in ("chunk-%d" % i for i in range(100)):
    h.update(part.encode())
print(h.hexdigest())
print(hashlib.md5("ünïcode".encode("utf-8")).hexdigest(), hashlib.sha512(b"").hexdigest()[:20])
print(hashlib.sha3_512(b"x").hexdigest()[:20], hashlib.blake2s(b"x", digest_size=8).hexdigest())
