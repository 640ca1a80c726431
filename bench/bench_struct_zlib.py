"""Benchmark (not a test): a records workload -- pack and unpack many records with
struct, compress and decompress them with zlib, hash them with hashlib -- run
under CPython 3.12 and under snakevm in the same run, as a ratio.

Each interpreter runs this file with ``--workload`` in a subprocess; the
workload times its own parts (imports and startup excluded) and prints them.
Every measurement is the minimum of RUNS runs.  struct is skipped, with a
message, when snakevm cannot import it yet.

    PYENV_VERSION=3.12.1 python3.12 bench/bench_struct_zlib.py
"""

import subprocess
import sys
import time
from pathlib import Path

if "--workload" in sys.argv:
    # snakevm has no OpenSSL _hashlib: CPython then uses the same built-in hash modules,
    # so the ratio measures the VM rather than OpenSSL against HACL*.
    sys.modules["_hashlib"] = None
import hashlib      # noqa: E402  (after the _hashlib choice above)
import zlib         # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
RECORDS = 3000
PARTS = ("struct", "zlib", "hashlib")


# -- the workload (runs under both interpreters) ---------------------------------------------
def make_records(count):
    return [(i, i % 7, i * 0.5, b"name%05d" % i) for i in range(count)]


def struct_part(records):
    """Pack every record, unpack them all again (one at a time and with iter_unpack)."""
    import struct                               # absent from the run when snakevm lacks it
    record = struct.Struct("<iHd10s")
    blob = b"".join(record.pack(*r) for r in records)
    total = 0
    for i in range(len(records)):
        number, small, real, name = record.unpack_from(blob, i * record.size)
        total += number + small
    for number, small, real, name in record.iter_unpack(blob):
        total += int(real)
    header = struct.pack(">I2sQ", len(records), b"RC", total)
    assert struct.unpack(">I2sQ", header)[0] == len(records)
    return blob


def zlib_part(blob):
    """One-shot at three levels, then streaming in 4 KiB pieces both ways."""
    for level in (1, 6, 9):
        assert zlib.decompress(zlib.compress(blob, level)) == blob
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    pieces = [compressor.compress(blob[i:i + 4096]) for i in range(0, len(blob), 4096)]
    stream = b"".join(pieces) + compressor.flush()
    decompressor = zlib.decompressobj(-15)
    out = [decompressor.decompress(decompressor.unconsumed_tail + stream[i:i + 512], 2048)
           for i in range(0, len(stream), 512)]
    while decompressor.unconsumed_tail:
        out.append(decompressor.decompress(decompressor.unconsumed_tail, 2048))
    out.append(decompressor.flush())
    assert b"".join(out) == blob
    return zlib.crc32(blob) ^ zlib.adler32(stream)


def hashlib_part(blob):
    """Every guaranteed algorithm over the whole blob, then per-record digests."""
    digests = []
    for name in sorted(hashlib.algorithms_guaranteed):
        h = hashlib.new(name, blob)
        digests.append(h.hexdigest(16) if name.startswith("shake") else h.hexdigest())
    h = hashlib.sha256()
    for i in range(0, len(blob), 24):
        h.update(blob[i:i + 24])
    per_record = [hashlib.md5(blob[i:i + 24]).digest() for i in range(0, len(blob), 240)]
    keyed = hashlib.blake2b(blob, key=b"bench", digest_size=32).hexdigest()
    return len(digests), h.hexdigest(), len(per_record), keyed


def workload(with_struct):
    records = make_records(RECORDS)
    times = {}
    start = time.perf_counter()
    if with_struct:
        blob = struct_part(records)
    else:
        blob = b"".join(b"%10d%5d%20r%10s" % r for r in records)
    times["struct"] = time.perf_counter() - start
    start = time.perf_counter()
    zlib_part(blob)
    times["zlib"] = time.perf_counter() - start
    start = time.perf_counter()
    hashlib_part(blob)
    times["hashlib"] = time.perf_counter() - start
    print(" ".join("%s=%.6f" % (part, times[part]) for part in PARTS))


# -- the driver ------------------------------------------------------------------------------
def snakevm_command():
    return [sys.executable, "-m", "snakevm"]


def run_workload(command, with_struct):
    """Per-part times (minimum over RUNS runs) of the workload under ``command``."""
    best = None
    for _ in range(RUNS):
        args = command + [str(Path(__file__).resolve()), "--workload"]
        if not with_struct:
            args.append("--no-struct")
        proc = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT)
        times = dict((part, float(value)) for part, value in
                     (item.split("=") for item in proc.stdout.split()))
        best = times if best is None else {p: min(best[p], times[p]) for p in PARTS}
    return best


def snakevm_has_struct():
    proc = subprocess.run(snakevm_command() + ["-c", "import struct; struct.pack('<i', 1)"],
                          capture_output=True, cwd=ROOT)
    return proc.returncode == 0


def main():
    with_struct = snakevm_has_struct()
    if not with_struct:
        print("struct: snakevm cannot import struct yet -- struct part skipped "
              "(records are formatted with bytes %-formatting instead)")
    cpython = run_workload([sys.executable], with_struct)
    snake = run_workload(snakevm_command(), with_struct)
    print("records: %d; minimum of %d runs each" % (RECORDS, RUNS))
    for part in PARTS:
        print("%-8s CPython %8.4f s   snakevm %8.4f s   snakevm/CPython %6.1fx" % (
            part, cpython[part], snake[part], snake[part] / max(cpython[part], 1e-9)))
    total_c, total_s = sum(cpython.values()), sum(snake.values())
    print("total    CPython %8.4f s   snakevm %8.4f s   snakevm/CPython %6.1fx" % (
        total_c, total_s, total_s / max(total_c, 1e-9)))


if __name__ == "__main__":
    if "--workload" in sys.argv:
        workload("--no-struct" not in sys.argv)
    else:
        main()
