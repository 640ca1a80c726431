# category: bridge-objects
# must: os.environ and everything reachable from it are ordinary guest objects; mutation stays consistent
# oracle: cpython
import os

def ordinary(x):
    t = type(x)
    try:
        repr(x)
    except Exception:
        return False
    return isinstance(t.__module__, str) and (type(t) is type or issubclass(type(t), type))

env = os.environ
print("type", type(env).__name__, type(env).__module__)
print("all items str", all(type(k) is str and type(v) is str for k, v in env.items()))
bad = [n for n in dir(env) if not ordinary(getattr(env, n, None))]
print("attrs ordinary", bad)
data = env._data
print("_data", type(data).__name__, all(type(k) is bytes and type(v) is bytes for k, v in data.items()))
for fn in ("encodekey", "decodekey", "encodevalue", "decodevalue"):
    f = getattr(env, fn)
    print(fn, ordinary(f))
env["SNAKEVM_HOSTILE_X"] = "1"
print("set", env.get("SNAKEVM_HOSTILE_X"), os.getenv("SNAKEVM_HOSTILE_X"))
print("bytes side", os.environb.get(b"SNAKEVM_HOSTILE_X"))
for k, v in [(1, "x"), ("x", 1), ("a=b", "c"), ("", "v"), ("nul\0", "v"), ("k", "nul\0")]:
    try:
        env[k] = v
        print("accepted", repr(k))
        del env[k]
    except (TypeError, ValueError, OSError) as e:
        print(repr(k), repr(v), type(e).__name__)
del env["SNAKEVM_HOSTILE_X"]
print("deleted", "SNAKEVM_HOSTILE_X" in env)
try:
    del env["SNAKEVM_HOSTILE_X"]
except KeyError:
    print("KeyError on second del")
c = env.copy()
print("copy", type(c).__name__, c == dict(env))
print("or", type(env | {"A": "b"}).__name__)
try:
    env |= {"SNAKEVM_Y": 5}
except TypeError:
    print("ior non-str TypeError")
print("repr startswith", repr(env).startswith("environ({"))
try:
    os.putenv("SNAKEVM_Z", 1)
except TypeError:
    print("putenv TypeError")
try:
    os.unsetenv(5)
except TypeError:
    print("unsetenv TypeError")
