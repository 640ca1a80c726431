# hashlib over the built-in hash modules (_md5, _sha1, _sha2, _sha3, _blake2): every algorithm, types, update/copy/digest, shake lengths, blake2 keywords, argument messages
import sys
sys.modules["_hashlib"] = None     # CPython then uses the same built-in modules snakevm has

import array
import copy
import hashlib
import pickle
import _blake2
import _md5
import _sha1
import _sha2
import _sha3


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__, e)


for module in (_md5, _sha1, _sha2, _sha3, _blake2):
    print(module.__name__, sorted(name for name in dir(module) if not name.startswith("__")))
print(sorted(hashlib.algorithms_available), sorted(hashlib.algorithms_guaranteed))
print(sorted(name for name in hashlib.__all__))

for name in sorted(hashlib.algorithms_available):
    h = hashlib.new(name)
    print(name, repr(type(h)), type(h).__name__, type(h).__module__, h.name, h.digest_size,
          h.block_size)
    h.update(b"ab")
    h.update(bytearray(b"c"))
    h.update(memoryview(b"0123456789")[2:5])
    h.update(array.array("H", [1, 2]))
    c = h.copy()
    c.update(b"more")
    same = hashlib.new(name, b"abc234\x01\x00\x02\x00", usedforsecurity=False)
    if name.startswith("shake"):
        print(" ", h.hexdigest(8), same.hexdigest(8), c.digest(4), h.digest(0))
        show("  hexdigest()", lambda: h.hexdigest())
        show("  digest(-1)", lambda: h.digest(-1))
        show("  digest('x')", lambda: h.digest("x"))
        show("  long digest", lambda: len(h.digest(1000)))
    else:
        print(" ", h.hexdigest(), same.digest() == h.digest(), c.digest()[:4].hex())
    for bad in ("text", 1, None, [1]):
        show("  update(%s)" % type(bad).__name__, lambda: h.update(bad))
    show("  new(name, str)", lambda: hashlib.new(name, "text"))
    show("  update no args", lambda: h.update())
    show("  repr(update)", lambda: type(h).update)
    show("  type()", lambda: type(type(h)()).__name__)
    show("  set digest_size", lambda: setattr(h, "digest_size", 3))
    show("  set attribute", lambda: setattr(h, "foo", 3))
    show("  pickle", lambda: pickle.dumps(h))
    show("  deepcopy", lambda: copy.deepcopy(c).digest(4) if name.startswith("shake")
         else copy.deepcopy(c).digest() == c.digest())

# constructor keywords
show("md5(string=)", lambda: hashlib.md5(string=b"x").hexdigest())
show("sha256(data=)", lambda: hashlib.sha256(data=b"x").hexdigest())
show("md5 both", lambda: hashlib.md5(b"x", string=b"y"))
show("md5 unknown kw", lambda: hashlib.md5(b"x", foo=1))
show("md5 positional usedforsecurity", lambda: hashlib.md5(b"x", True))
show("_md5.md5(string=)", lambda: _md5.md5(string=b"x").hexdigest())
show("_sha2.sha512 usedforsecurity", lambda: _sha2.sha512(b"x", usedforsecurity=False).hexdigest()[:16])
show("_sha3.sha3_224(data=)", lambda: _sha3.sha3_224(data=b"x").hexdigest())
show("new unknown", lambda: hashlib.new("nope"))
show("new uppercase", lambda: hashlib.new("SHA256", b"x").hexdigest()[:16])
show("new sha512_256", lambda: hashlib.new("sha512_256"))
show("new non-str", lambda: hashlib.new(5))
show("large input", lambda: hashlib.sha1(b"x" * 1000000).hexdigest())

# sha3 internals
x = hashlib.sha3_256(b"a")
print(x._capacity_bits, x._rate_bits, x._suffix, hashlib.shake_128()._rate_bits)

# blake2 parameters
b = hashlib.blake2b(b"data", digest_size=20, key=b"key", salt=b"salt", person=b"me", fanout=2,
                    depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=10,
                    last_node=True, usedforsecurity=False)
print(b.hexdigest(), b.name, b.digest_size, b.block_size)
s = hashlib.blake2s(b"data", digest_size=8, key=b"k", salt=b"12345678", person=b"p")
print(s.hexdigest(), s.name, s.digest_size, s.block_size)
for cls in (_blake2.blake2b, _blake2.blake2s):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE, cls.MAX_DIGEST_SIZE)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2B_MAX_KEY_SIZE,
      _blake2.BLAKE2S_MAX_DIGEST_SIZE)
for keywords in [dict(digest_size=0), dict(digest_size=65), dict(key=b"k" * 65),
                 dict(salt=b"s" * 17), dict(person=b"p" * 17), dict(fanout=-1), dict(fanout=256),
                 dict(depth=0), dict(leaf_size=-1), dict(leaf_size=2 ** 32),
                 dict(node_offset=-1), dict(node_depth=256), dict(inner_size=65),
                 dict(key="str"), dict(salt=5), dict(bogus=1), dict(digest_size="8")]:
    show("blake2b(%s)" % keywords, lambda: hashlib.blake2b(**keywords).hexdigest()[:16])
show("blake2s(digest_size=33)", lambda: hashlib.blake2s(digest_size=33))
show("blake2b positional digest_size", lambda: _blake2.blake2b(b"x", 16))
show("blake2b copy", lambda: hashlib.blake2b(b"x", key=b"k").copy().hexdigest()[:16])
show("subclass blake2b", lambda: type("M", (_blake2.blake2b,), {}))
show("subclass md5", lambda: type("M", (_md5.MD5Type,), {}))
print(_md5.MD5Type is type(_md5.md5()), _sha2.SHA256Type is type(hashlib.sha256()))
print(isinstance(hashlib.blake2b(), _blake2.blake2b), _blake2.blake2b.__qualname__,
      _sha3.sha3_512.__module__)
print(hashlib.md5.__name__, hashlib.md5.__module__, repr(_sha3.shake_256))
print(_md5.md5.__text_signature__)
