# category: pyc-and-marshal
# must: marshal.loads of every possible type byte, alone and followed by small payloads, raises or loads exactly like CPython
# oracle: cpython
import marshal

payloads = [b"", b"\0", b"\x01\0\0\0a", b"\x02\0\0\0ab", b"\0\0\0\0", b"\xff\xff\xff\xff",
            b"\x01\0\0\0N", b"\x01\0\0\0\x01\0\0\0"]
summary = {}
for code in range(256):
    outcome = []
    for payload in payloads:
        try:
            value = marshal.loads(bytes([code]) + payload)
            outcome.append("=" + type(value).__name__)
        except (EOFError, ValueError, TypeError, MemoryError, OverflowError) as e:
            outcome.append(type(e).__name__[:3])
    summary[code] = " ".join(outcome)
for code in range(256):
    print(code, chr(code & 0x7f) if 32 < (code & 0x7f) < 127 else "?", summary[code])
