# hashlib/hmac: digests over the built-in hash modules, copy/update, keyword arguments, errors.
import hashlib, hmac
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha1(b"abc").hexdigest(), hashlib.sha256(b"abc").hexdigest())
print(hashlib.new("sha512", b"x").hexdigest()[:32], hashlib.sha3_256(b"").hexdigest()[:16], hashlib.sha224().digest_size)
h = hashlib.sha3_256(); h.update(b"a"); h2 = h.copy(); h2.update(b"b")
print(h.hexdigest()[:10], h2.hexdigest()[:10], h.name, h.digest_size, h.block_size)
print(hashlib.shake_128(b"x").hexdigest(8), hashlib.blake2b(b"x", digest_size=8, key=b"k").hexdigest(), hashlib.blake2s(b"y").name)
print(hashlib.blake2b(b"x", person=b"me", salt=b"s").hexdigest()[:16], hashlib.md5(memoryview(b"abc")).hexdigest() == hashlib.md5(b"abc").hexdigest())
for bad in (lambda: hashlib.md5("str"), lambda: hashlib.new("nope"), lambda: hashlib.sha256(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hmac.new(b"key", b"msg", "sha256").hexdigest()[:16], hmac.compare_digest(b"a", b"a"), hmac.compare_digest("a", "b"))
print(hashlib.file_digest(__import__("io").BytesIO(b"data"), "sha1").hexdigest())
