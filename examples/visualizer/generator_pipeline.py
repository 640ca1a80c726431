# A generator pipeline: each generator's frame is suspended at its yield between values.
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


def squares(source):
    for n in source:
        yield n * n


pipeline = squares(numbers(4))
print(next(pipeline))
print(list(pipeline))
