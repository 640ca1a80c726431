# An exception stored in a local creates a cycle through its traceback and frame; the collector frees it (with its __del__ payload).
import gc


class Payload:
    def __del__(self):
        print("payload freed")


def keep_exception():
    payload = Payload()
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return None


gc.collect()
keep_exception()
print("returned")
print("collected something", gc.collect() > 0)
