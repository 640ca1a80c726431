""".pyc files: the 16-byte header followed by a marshalled code object.

Header (PEP 552): magic number (2 bytes little-endian + b"\\r\\n"), a 32-bit
flags word, then either the source's mtime and size (flags 0) or an 8-byte
source hash (flags 1 = hash-based unchecked, 3 = hash-based checked).  A .pyc
from another Python version is recognised by its magic number and named in
the error; snakevm reads and writes only Python 3.12's (3531).
"""

import collections
import os
import struct

from snakevm import marshal
from snakevm.code import Code

MAGIC_312 = 3531
MAGIC = MAGIC_312.to_bytes(2, "little") + b"\r\n"

FLAG_HASH_BASED = 1
FLAG_CHECK_SOURCE = 2

# Ranges of magic numbers per Python version, from the history in CPython's
# Lib/importlib/_bootstrap_external.py (a version's range runs from its first
# alpha's number to its release's number; the release number is the last one).
MAGIC_RANGES = [
    (20121, 20121, "1.5"), (50428, 50428, "1.6"), (50823, 50823, "2.0"),
    (60202, 60202, "2.1"), (60717, 60717, "2.2"), (62011, 62021, "2.3"),
    (62041, 62061, "2.4"), (62071, 62131, "2.5"), (62151, 62161, "2.6"),
    (62171, 62211, "2.7"),
    (3000, 3131, "3.0"), (3141, 3151, "3.1"), (3160, 3180, "3.2"), (3190, 3230, "3.3"),
    (3250, 3310, "3.4"), (3320, 3351, "3.5"), (3360, 3379, "3.6"), (3390, 3394, "3.7"),
    (3400, 3413, "3.8"), (3420, 3425, "3.9"), (3430, 3439, "3.10"), (3450, 3495, "3.11"),
    (3500, 3531, "3.12"), (3550, 3571, "3.13"), (3600, 3627, "3.14"),
]
# The release magic number of each version (the end of its range).
RELEASE_MAGICS = {version: last for first, last, version in MAGIC_RANGES}

PycHeader = collections.namedtuple("PycHeader", "magic flags mtime source_size source_hash")


class PycError(Exception):
    pass


def version_for_magic(number):
    """The Python version whose magic-number range contains ``number`` (or None)."""
    for first, last, version in MAGIC_RANGES:
        if first <= number <= last:
            return version
    return None


def _foreign_magic_message(path, number):
    version = version_for_magic(number)
    if version is None:
        if 3627 < number < 20000:
            who = "a Python newer than 3.14"
        else:
            return ("%s: unknown magic number %d; snakevm reads only Python 3.12 .pyc files"
                    % (path, number))
    elif number != RELEASE_MAGICS[version]:
        who = "a pre-release of Python %s" % version
    else:
        who = "Python %s" % version
    return ("%s: this .pyc was written by %s (magic number %d); snakevm reads only "
            "Python 3.12 .pyc files" % (path, who, number))


def read_header(data, path="<pyc>"):
    """The parsed 16-byte header of a 3.12 .pyc; PycError for anything else."""
    if len(data) >= 4 and data[2:4] == b"\r\n":
        number = int.from_bytes(data[:2], "little")
        if number != MAGIC_312:
            raise PycError(_foreign_magic_message(path, number))
    elif len(data) >= 4:
        raise PycError("%s: not a .pyc file (bad magic number)" % path)
    if len(data) < 16:
        raise PycError("%s: bad .pyc file: too short (%d bytes)" % (path, len(data)))
    flags = struct.unpack("<I", data[4:8])[0]
    if flags & ~3:
        raise PycError("%s: bad .pyc flags %#x" % (path, flags))
    if flags & FLAG_HASH_BASED:
        return PycHeader(MAGIC_312, flags, None, None, bytes(data[8:16]))
    mtime, size = struct.unpack("<II", data[8:16])
    return PycHeader(MAGIC_312, flags, mtime, size, None)


def parse_header(data, path="<pyc>"):
    """The flags word of a 3.12 .pyc header (PycError for anything else)."""
    return read_header(data, path).flags


def code_from_pyc_bytes(data, path="<pyc>"):
    read_header(data, path)
    try:
        code = marshal.loads(data[16:])
    except (marshal.MarshalError, ValueError, TypeError, IndexError, struct.error) as e:
        raise PycError("%s: %s" % (path, e))
    except RecursionError:          # nesting deeper than the host stack allows
        raise PycError("%s: bad marshal data (recursion limit exceeded)" % path)
    if not isinstance(code, Code):
        raise PycError("%s: bad .pyc file: no code object" % path)
    return code


def read_pyc(path):
    with open(path, "rb") as f:
        data = f.read()
    return code_from_pyc_bytes(data, path)


_MASK64 = (1 << 64) - 1


def _rotl(x, b):
    return ((x << b) | (x >> (64 - b))) & _MASK64


def _sipround(v0, v1, v2, v3):
    v0 = (v0 + v1) & _MASK64
    v1 = _rotl(v1, 13) ^ v0
    v0 = _rotl(v0, 32)
    v2 = (v2 + v3) & _MASK64
    v3 = _rotl(v3, 16) ^ v2
    v0 = (v0 + v3) & _MASK64
    v3 = _rotl(v3, 21) ^ v0
    v2 = (v2 + v1) & _MASK64
    v1 = _rotl(v1, 17) ^ v2
    v2 = _rotl(v2, 32)
    return v0, v1, v2, v3


def siphash13(k0, k1, data):
    """SipHash-1-3 of ``data`` with the 128-bit key (k0, k1): the keyed hash CPython 3.12
    uses for hash-based .pyc files (``_Py_KeyedHash``)."""
    v0 = k0 ^ 0x736F6D6570736575
    v1 = k1 ^ 0x646F72616E646F6D
    v2 = k0 ^ 0x6C7967656E657261
    v3 = k1 ^ 0x7465646279746573
    whole = len(data) - len(data) % 8
    for i in range(0, whole, 8):
        m = int.from_bytes(data[i:i + 8], "little")
        v3 ^= m
        v0, v1, v2, v3 = _sipround(v0, v1, v2, v3)
        v0 ^= m
    last = ((len(data) & 0xFF) << 56) | int.from_bytes(data[whole:], "little")
    v3 ^= last
    v0, v1, v2, v3 = _sipround(v0, v1, v2, v3)
    v0 ^= last
    v2 ^= 0xFF
    for _ in range(3):
        v0, v1, v2, v3 = _sipround(v0, v1, v2, v3)
    return v0 ^ v1 ^ v2 ^ v3


def source_hash(source_bytes):
    """The 8-byte source hash a 3.12 hash-based .pyc carries: SipHash-1-3 keyed by the
    magic number (what ``importlib.util.source_hash`` gives on a 3.12 host, on any host)."""
    key = int.from_bytes(MAGIC, "little")
    return siphash13(key, 0, bytes(source_bytes)).to_bytes(8, "little")


def pyc_bytes(code, source_path=None, invalidation="timestamp"):
    """A complete .pyc: header + marshal body.  ``invalidation`` is "timestamp" (flags 0,
    the source's mtime and size), "unchecked-hash" (flags 1) or "checked-hash" (flags 3)."""
    if invalidation == "timestamp":
        if source_path is not None and os.path.exists(source_path):
            st = os.stat(source_path)
            rest = struct.pack("<III", 0, int(st.st_mtime) & 0xFFFFFFFF, st.st_size & 0xFFFFFFFF)
        else:
            rest = struct.pack("<III", 0, 0, 0)
    elif invalidation in ("unchecked-hash", "checked-hash"):
        flags = FLAG_HASH_BASED | (FLAG_CHECK_SOURCE if invalidation == "checked-hash" else 0)
        with open(source_path, "rb") as f:
            rest = struct.pack("<I", flags) + source_hash(f.read())
    else:
        raise ValueError("unknown invalidation mode %r" % (invalidation,))
    return MAGIC + rest + marshal.dumps(code)


def write_pyc(code, path, source_path=None, invalidation="timestamp"):
    data = pyc_bytes(code, source_path, invalidation)
    with open(path, "wb") as f:
        f.write(data)
