# pwd/grp/resource struct sequences, bz2/lzma compression, queue.SimpleQueue, os.uname/times results.
import pwd, grp, resource, bz2, lzma, queue, os
p = pwd.getpwuid(0); print(p.pw_name, p[0], type(p).__name__, type(p).__module__, pwd.getpwnam("root").pw_uid, len(pwd.getpwall()) > 0)
g = grp.getgrgid(0); print(g.gr_name, type(g).__name__)
try: pwd.getpwnam("no-such-user-x")
except KeyError as e: print("KeyError", e)
r = resource.getrusage(resource.RUSAGE_SELF); print(type(r).__name__, r.ru_maxrss > 0, len(r), resource.getrlimit(resource.RLIMIT_NOFILE)[0] > 0)
data = b"hello bz2 " * 100
print(bz2.decompress(bz2.compress(data)) == data, lzma.decompress(lzma.compress(data)) == data, len(lzma.compress(b"x", format=lzma.FORMAT_ALONE)) > 0)
print(lzma.decompress(lzma.compress(data, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}])) == data)
try: lzma.decompress(b"bad")
except lzma.LZMAError as e: print("LZMAError", e)
q = queue.SimpleQueue(); q.put([1]); q.put(2); print(q.qsize(), q.get(), q.get_nowait(), q.empty())
try: q.get_nowait()
except queue.Empty: print("Empty")
q2 = queue.Queue(); q2.put("x"); print(q2.get(), os.uname().sysname, os.times().user >= 0, type(os.uname()).__name__)
