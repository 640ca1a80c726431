# A counter made by a closure: the inner function keeps the cell of `count` alive.
def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count
    return increment


counter = make_counter()
counter()
counter()
print(counter())
