# category: resource-bombs
# must: pickle and copy.deepcopy of 100 000-deep nested lists end in RecursionError, self-references round-trip, and the VM recovers
# oracle: cpython
import copy
import pickle

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", str(r)[:40])
    except (RecursionError, pickle.PicklingError, pickle.UnpicklingError, MemoryError, ValueError) as e:
        print(label, type(e).__name__)

deep = []
for _ in range(100000):
    deep = [deep]
attempt("deepcopy 100000", lambda: copy.deepcopy(deep) is not deep)
for protocol in (0, 2, 5):
    attempt("pickle.dumps protocol %d" % protocol, lambda: len(pickle.dumps(deep, protocol)))
deepd = {}
for _ in range(100000):
    deepd = {"k": deepd}
attempt("deepcopy deep dict", lambda: copy.deepcopy(deepd) is not deepd)
attempt("pickle deep dict", lambda: len(pickle.dumps(deepd)))

# built by hand: 100000 EMPTY_LIST + APPEND pairs need no recursion to load
data = b"\x80\x04" + b"]" * 100001 + b"a" * 100000 + b"."
attempt("pickle.loads 100000 deep", lambda: type(pickle.loads(data)).__name__)

s = [1]
s.append(s)
c = copy.deepcopy(s)
print("deepcopy self ref", c[1] is c, c is not s)
p = pickle.loads(pickle.dumps(s))
print("pickle self ref", p[1] is p)

class Reduce:
    def __reduce__(self):
        return (Reduce, (), None, None, None)
class Deep:
    def __deepcopy__(self, memo):
        return copy.deepcopy(self, memo)
attempt("__deepcopy__ recursing", lambda: copy.deepcopy(Deep()))
class Endless:
    def __reduce__(self):
        return (list, ([Endless()],))
attempt("__reduce__ returning itself forever", lambda: len(pickle.dumps(Endless())))
attempt("small works", lambda: copy.deepcopy([[[1]]]))
