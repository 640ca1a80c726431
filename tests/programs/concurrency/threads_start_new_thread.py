# _thread directly: start_new_thread with args/kwargs, argument checks, an exception reported as unraisable, _count, get_ident.
import _thread
import time


class Job:
    def __init__(self, fail):
        self.fail = fail

    def __call__(self, a, b=0):
        if self.fail:
            raise KeyError("job failed")
        out.append(a + b)
        done.release()

    def __repr__(self):
        return "<Job>"


out = []
done = _thread.allocate_lock()
done.acquire()
ident = _thread.start_new_thread(Job(False), (1,), {"b": 2})
done.acquire()
print(out, isinstance(ident, int), ident != _thread.get_ident())
for args in ((1, ()), (Job(False), [1]), (Job(False), (1,), [])):
    try:
        _thread.start_new_thread(*args)
    except TypeError as e:
        print("TypeError", e)
_thread.start_new_thread(Job(True), (0,))
time.sleep(0.2)
deadline = time.monotonic() + 30
while _thread._count() and time.monotonic() < deadline:
    time.sleep(0.01)
print("count", _thread._count())
