# Uncaught exception raised "from None" inside a handler: the context is hidden from the traceback.
def lookup(table, name):
    try:
        return table[name]
    except KeyError:
        raise LookupError(f"no entry named {name}") from None


table = {"a": 1}
print(lookup(table, "a"))
lookup(table, "b")
