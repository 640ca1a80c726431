# Uncaught NameError with a "Did you mean" suggestion for a close builtin/global name.
def compute(values):
    total = sum(values)
    return totl / len(values)


print("computing")
print(compute([1, 2, 3]))
