""".pyc files: the 16-byte header (magic, flags, mtime+size or source hash)
followed by a marshalled code object.  A .pyc from another Python version is
recognised by its magic number and named in the error."""

import os
import struct

from snakevm import marshal
from snakevm.code import Code

MAGIC_312 = 3531
MAGIC = MAGIC_312.to_bytes(2, "little") + b"\r\n"

# Final magic numbers of each release (importlib/_bootstrap_external.py's history).
RELEASE_MAGICS = [
    (3000, "3.0"), (3150, "3.1"), (3180, "3.2"), (3230, "3.3"), (3310, "3.4"), (3350, "3.5"),
    (3379, "3.6"), (3394, "3.7"), (3413, "3.8"), (3425, "3.9"), (3439, "3.10"), (3495, "3.11"),
    (3531, "3.12"), (3571, "3.13"), (3600, "3.14"),
]


class PycError(Exception):
    pass


def version_for_magic(number):
    """The Python version whose magic-number range contains ``number``."""
    previous = None
    for last, version in RELEASE_MAGICS:
        if number <= last:
            return version if previous is None or number > previous else version
        previous = last
    return None


def parse_header(data, path="<pyc>"):
    if len(data) < 16:
        raise PycError("%s: bad .pyc file: too short (%d bytes)" % (path, len(data)))
    if data[2:4] != b"\r\n":
        raise PycError("%s: not a .pyc file (bad magic number)" % path)
    number = int.from_bytes(data[:2], "little")
    if number != MAGIC_312:
        version = version_for_magic(number)
        if version is None:
            raise PycError("%s: unknown magic number %d; snakevm reads only Python 3.12 .pyc "
                           "files" % (path, number))
        raise PycError("%s: this .pyc was written by Python %s (magic number %d); snakevm reads "
                       "only Python 3.12 .pyc files" % (path, version, number))
    flags = struct.unpack("<I", data[4:8])[0]
    if flags & ~3:
        raise PycError("%s: bad .pyc flags %#x" % (path, flags))
    return flags


def read_pyc(path):
    with open(path, "rb") as f:
        data = f.read()
    parse_header(data, path)
    try:
        code = marshal.loads(data[16:])
    except (marshal.MarshalError, ValueError, TypeError, IndexError, struct.error) as e:
        raise PycError("%s: %s" % (path, e))
    if not isinstance(code, Code):
        raise PycError("%s: bad .pyc file: no code object" % path)
    return code


def pyc_bytes(code, source_path=None):
    if source_path is not None and os.path.exists(source_path):
        st = os.stat(source_path)
        header = MAGIC + struct.pack("<III", 0, int(st.st_mtime) & 0xFFFFFFFF,
                                     st.st_size & 0xFFFFFFFF)
    else:
        header = MAGIC + struct.pack("<III", 0, 0, 0)
    return header + marshal.dumps(code)


def write_pyc(code, path, source_path=None):
    data = pyc_bytes(code, source_path)
    with open(path, "wb") as f:
        f.write(data)
