# category: bridge-objects
# must: os.environ behaves as a guest mapping and rejects non-str keys/values
# oracle: cpython
import os
env = os.environ
print("type", type(env).__name__)
print("keys str", all(type(k) is str for k in env), all(type(v) is str for v in env.values()))
env["SNAKEVM_T4"] = "v"
print("set get", env.get("SNAKEVM_T4"), os.getenv("SNAKEVM_T4"))
for k, v in [(1, "a"), ("K", 1), ("K", None), (b"K", "v"), ("", "x"), ("A=B", "x"), ("N\0", "x")]:
    try:
        env[k] = v
        print("ok set", repr(k))
        del env[k]
    except Exception as e:
        print(repr(k), repr(v), type(e).__name__)
del env["SNAKEVM_T4"]
print("deleted", "SNAKEVM_T4" in env)
try:
    del env["SNAKEVM_NOPE_4"]
except KeyError as e:
    print("KeyError", e.args)
c = env.copy()
print("copy type", type(c).__name__)
print("or", type(env | {"Z": "1"}).__name__)
try:
    env |= {"SNAKEVM_Q": 5}
except Exception as e:
    print("ior bad", type(e).__name__)
print("contains int", 5 in env)
print("environb", hasattr(os, "environb"))
print("_data keys bytes", all(type(k) is bytes for k in env._data))
for a in ["encodekey", "decodekey", "encodevalue", "decodevalue"]:
    print(a, callable(getattr(env, a)))
