# Uncaught ExceptionGroup: the boxed "Exception Group Traceback" rendering with nested groups.
def fail(kind, msg):
    raise kind(msg)


def gather():
    errors = []
    for kind, msg in [(ValueError, "bad value"), (TypeError, "bad type")]:
        try:
            fail(kind, msg)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner problems", [KeyError("k")])
    errors.append(inner)
    raise ExceptionGroup("several problems", errors)


print("gathering")
gather()
