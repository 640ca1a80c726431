# hmac over the built-in hashes, hashlib.file_digest on BytesIO/real files/bad objects, secrets tokens and comparisons
import sys
sys.modules["_hashlib"] = None     # CPython then uses the same built-in modules snakevm has

import hashlib
import hmac
import io
import os
import secrets
import tempfile


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


# hmac
for digestmod in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s",
                  hashlib.sha224, hashlib.sha3_512):
    mac = hmac.new(b"secret key", b"message", digestmod)
    print(mac.name, mac.digest_size, mac.block_size, mac.hexdigest())
mac = hmac.HMAC(b"k" * 200, digestmod=hashlib.md5)
mac.update(b"part one ")
clone = mac.copy()
clone.update(b"part two")
mac.update(memoryview(b"part two"))
print(mac.hexdigest() == clone.hexdigest(), mac.digest()[:4], clone.name)
print(hmac.digest(b"key", b"msg", "sha256").hex(), hmac.digest(b"key", b"msg", hashlib.sha1).hex())
print(hmac.new(bytearray(b"key"), bytearray(b"msg"), "sha384").hexdigest()[:32])
show("hmac without digestmod", lambda: hmac.new(b"k"))
show("hmac str key", lambda: hmac.new("key", b"m", "md5"))
show("hmac unknown digest", lambda: hmac.new(b"k", b"m", "nope"))
show("hmac str msg", lambda: hmac.new(b"k", "m", "md5"))
show("hmac update str", lambda: hmac.new(b"k", digestmod="md5").update("x"))
show("compare_digest bytes", lambda: (hmac.compare_digest(b"abc", b"abc"),
                                      hmac.compare_digest(b"abc", b"abd"),
                                      hmac.compare_digest(bytearray(b"x"), b"x")))
show("compare_digest str", lambda: (hmac.compare_digest("abc", "abc"), hmac.compare_digest("a", "b")))
show("compare_digest non-ascii", lambda: hmac.compare_digest("\u00e9", "\u00e9"))
show("compare_digest mixed", lambda: hmac.compare_digest(b"a", "a"))
show("compare_digest ints", lambda: hmac.compare_digest(1, 1))

# file_digest
print(hashlib.file_digest(io.BytesIO(b"file data"), "sha1").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"file data"), hashlib.sha256).hexdigest())
print(hashlib.file_digest(io.BytesIO(b"x" * 300000), lambda: hashlib.blake2s(digest_size=8)).hexdigest())
folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.bin")
try:
    with open(path, "wb") as f:
        f.write(bytes(range(256)) * 2000)
    with open(path, "rb") as f:
        print(hashlib.file_digest(f, "md5").hexdigest())
    with open(path, "rb", buffering=0) as f:
        print(hashlib.file_digest(f, "sha3_224").hexdigest())
    with open(path, "rb") as f:
        h = hashlib.sha512()
        while chunk := f.read(4096):
            h.update(chunk)
        print(h.hexdigest()[:32])
    with open(path, "r", encoding="latin-1") as f:
        try:
            hashlib.file_digest(f, "md5")
        except ValueError as e:
            print("ValueError", "is not a file-like object in binary reading mode" in str(e))
finally:
    os.remove(path)
    os.rmdir(folder)
try:
    hashlib.file_digest(io.StringIO("x"), "md5")
except ValueError as e:
    print("file_digest StringIO", str(e).startswith("'<_io.StringIO object at "))
show("file_digest unknown", lambda: hashlib.file_digest(io.BytesIO(b""), "nope"))

# secrets
print(len(secrets.token_bytes(16)), len(secrets.token_bytes()), len(secrets.token_hex(8)),
      len(secrets.token_hex()), len(secrets.token_urlsafe(9)), len(secrets.token_urlsafe()))
print(set(secrets.token_hex(64)) <= set("0123456789abcdef"))
print(set(secrets.token_urlsafe(64)) <= set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
print(secrets.randbelow(1), secrets.choice([7]), 0 <= secrets.randbits(5) < 32,
      all(0 <= secrets.randbelow(10) < 10 for _ in range(100)))
print(secrets.compare_digest(b"a", b"a"), secrets.compare_digest("ab", "ac"),
      type(secrets.SystemRandom()).__name__, secrets.DEFAULT_ENTROPY)
show("randbelow(0)", lambda: secrets.randbelow(0))
show("choice([])", lambda: secrets.choice([]))
