"""``hashlib`` and ``secrets``: the real constructors, with the sizes that a single C call
would allocate (shake digests, ``token_bytes``, ``randbits``) or the time it would spend
without checking signals (``pbkdf2_hmac`` iterations) checked first."""

from __future__ import annotations

import hashlib
import secrets
from typing import TYPE_CHECKING, Any

from ..security.firewall import sandbox_api
from .limits import check_bytes

if TYPE_CHECKING:
    from . import Stdlib

#: pbkdf2_hmac runs its iterations in C without looking at signals: a bound that stays
#: well inside a cell's time limit (600,000 iterations of sha256 take about 0.3 s).
MAX_PBKDF2_ITERATIONS = 5_000_000
_HASH_NAMES = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224",
               "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s")


@sandbox_api
class _Shake:
    """A shake_128/shake_256 object whose ``digest(length)`` is size-checked."""

    __slots__ = ("_h", "_rt")

    def __init__(self, h: Any, rt: Any) -> None:
        self._h, self._rt = h, rt

    @property
    def name(self) -> str:
        return self._h.name

    @property
    def digest_size(self) -> int:
        return self._h.digest_size

    @property
    def block_size(self) -> int:
        return self._h.block_size

    def update(self, data: Any) -> None:
        self._h.update(data)

    def digest(self, length: int) -> bytes:
        check_bytes(self._rt, int(length), "shake digest")
        return self._h.digest(length)

    def hexdigest(self, length: int) -> str:
        check_bytes(self._rt, 2 * int(length), "shake digest")
        return self._h.hexdigest(length)

    def copy(self) -> _Shake:
        return _Shake(self._h.copy(), self._rt)

    def __repr__(self) -> str:
        return f"<{self.name} _hashlib.HASHXOF object>"


def build_hashlib(lib: Stdlib) -> dict[str, Any]:
    rt = lib.rt
    values: dict[str, Any] = {n: getattr(hashlib, n) for n in _HASH_NAMES}
    values["algorithms_available"] = set(hashlib.algorithms_available)
    values["algorithms_guaranteed"] = set(hashlib.algorithms_guaranteed)

    def shake(real: Any) -> Any:
        def make(data: Any = b"", *, usedforsecurity: bool = True) -> _Shake:
            return _Shake(real(data, usedforsecurity=usedforsecurity), rt)
        make.__name__ = make.__qualname__ = real.__name__
        make.__doc__ = real.__doc__
        make.__module__ = "_hashlib"
        return sandbox_api(make)

    values["shake_128"] = shake(hashlib.shake_128)
    values["shake_256"] = shake(hashlib.shake_256)

    def new(name: str, data: Any = b"", **kwargs: Any) -> Any:
        """new(name, data=b'') - Return a new hashing object using the named algorithm;
        optionally initialized with data (which must be a bytes-like object)."""
        h = hashlib.new(name, data, **kwargs)
        return _Shake(h, rt) if h.name.startswith("shake") else h

    def pbkdf2_hmac(hash_name: str, password: Any, salt: Any, iterations: int,
                    dklen: Any = None) -> bytes:
        """Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as
        pseudorandom function."""
        if isinstance(iterations, int) and iterations > MAX_PBKDF2_ITERATIONS:
            raise ValueError(f"pbkdf2_hmac() iterations above {MAX_PBKDF2_ITERATIONS:,} "
                             "run in C without a time limit in the sandbox")
        if isinstance(dklen, int):
            check_bytes(rt, dklen, "pbkdf2_hmac")
        return hashlib.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)

    for fn in (new, pbkdf2_hmac):
        fn.__module__ = "hashlib"
        sandbox_api(fn)
    values.update(new=new, pbkdf2_hmac=pbkdf2_hmac)
    return values


def build_secrets(lib: Stdlib) -> dict[str, Any]:
    rt = lib.rt
    values = {n: getattr(secrets, n) for n in ("DEFAULT_ENTROPY", "SystemRandom", "choice",
                                               "compare_digest", "randbelow")}

    def token_bytes(nbytes: Any = None) -> bytes:
        """Return a random byte string containing *nbytes* bytes."""
        if isinstance(nbytes, int):
            check_bytes(rt, nbytes, "token_bytes")
        return secrets.token_bytes(nbytes)

    def token_hex(nbytes: Any = None) -> str:
        """Return a random text string, in hexadecimal."""
        if isinstance(nbytes, int):
            check_bytes(rt, 3 * nbytes, "token_hex")
        return secrets.token_hex(nbytes)

    def token_urlsafe(nbytes: Any = None) -> str:
        """Return a random URL-safe text string, in Base64 encoding."""
        if isinstance(nbytes, int):
            check_bytes(rt, 3 * nbytes, "token_urlsafe")
        return secrets.token_urlsafe(nbytes)

    def randbits(k: int) -> int:
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if isinstance(k, int):
            check_bytes(rt, k // 8, "randbits")
        return secrets.randbits(k)

    for fn in (token_bytes, token_hex, token_urlsafe, randbits):
        fn.__module__ = "secrets"
        sandbox_api(fn)
    values.update(token_bytes=token_bytes, token_hex=token_hex, token_urlsafe=token_urlsafe,
                  randbits=randbits)
    return values
