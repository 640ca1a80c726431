# category: resource-bombs
# must: building a container from range(10**12) fails at once with MemoryError (CPython preallocates from the length hint) instead of looping
# args: --max-time 20
# expect-stdout: list(range) MemoryError
# expect-stdout: tuple(range) MemoryError
# expect-stdout: [*range] MemoryError
# expect-stdout: list.extend(range) MemoryError
# expect-stdout: bytearray.extend(range) MemoryError
# expect-stdout: bytes(range) MemoryError
# expect-stdout: sorted(range) MemoryError
# expect-stdout: list(reversed(range)) MemoryError
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__)

big = range(10**12)
attempt("list(range)", lambda: len(list(big)))
attempt("tuple(range)", lambda: len(tuple(big)))
attempt("[*range]", lambda: len([*big]))
attempt("list.extend(range)", lambda: [].extend(big))
attempt("bytearray.extend(range)", lambda: bytearray().extend(big))
attempt("bytes(range)", lambda: len(bytes(big)))
attempt("sorted(range)", lambda: len(sorted(big)))
attempt("list(reversed(range))", lambda: len(list(reversed(big))))
