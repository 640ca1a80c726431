# An exception raised two frames down, passing through a finally, caught by the caller.
def parse(text):
    return int(text)


def load(items):
    try:
        return [parse(item) for item in items]
    finally:
        print("load done")


try:
    load(["1", "2", "three"])
except ValueError as error:
    print("caught:", error)
