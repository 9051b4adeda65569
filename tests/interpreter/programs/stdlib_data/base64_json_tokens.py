import base64
import hashlib
import hmac
import json

payload = {"user": "ann", "role": "student", "n": 3}
body = base64.urlsafe_b64encode(json.dumps(payload, sort_keys=True).encode()).rstrip(b"=")
sig = base64.urlsafe_b64encode(hmac.new(b"k3y", body, hashlib.sha256).digest()).rstrip(b"=")
token = (body + b"." + sig).decode()
print(token)


def verify(tok, key):
    b, s = tok.encode().split(b".")
    expected = base64.urlsafe_b64encode(hmac.new(key, b, hashlib.sha256).digest()).rstrip(b"=")
    if not hmac.compare_digest(s, expected):
        return None
    return json.loads(base64.urlsafe_b64decode(b + b"=" * (-len(b) % 4)))


print(verify(token, b"k3y"), verify(token, b"wrong"))
print(base64.b64encode(bytes(range(16))).decode(), base64.b16encode(b"\x00\x10\xff").decode())
