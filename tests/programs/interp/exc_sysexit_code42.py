# raise SystemExit(42) from inside nested calls and a generator: status 42, no traceback printed.
def worker(items):
    for item in items:
        if item == "stop":
            raise SystemExit(42)
        yield item.upper()


def run():
    out = []
    try:
        for value in worker(["a", "b", "stop", "c"]):
            out.append(value)
            print("got", value)
    finally:
        print("collected", out)


run()
print("unreachable")
