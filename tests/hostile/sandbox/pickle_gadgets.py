# category: sandbox
# must: pickle cannot call host-reaching functions either
# args: --sandbox
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ALLOWED", type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__)

import pickle, os
class Evil:
    def __reduce__(self):
        return (os.system, ("echo pwned",))
data = pickle.dumps(Evil())
attempt("pickle os.system", lambda: pickle.loads(data))
attempt("pickle subprocess", lambda: pickle.loads(b"csubprocess\ncheck_output\n(S'id'\ntR."))
attempt("pickle posix.listdir", lambda: pickle.loads(b"cposix\nlistdir\n(S'/'\ntR."))
