# Uncaught exception raised while handling another: "During handling of the above exception..." output.
def parse(text):
    try:
        return int(text)
    except ValueError:
        return fallback[text]


fallback = {"one": 1}
print(parse("12"), parse("one"))
print(parse("two"))
