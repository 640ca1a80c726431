# Async comprehensions and await inside comprehensions, driven by a hand-written runner (no asyncio).
class Step:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield ("step", self.value)
        return self.value * 10


async def numbers(n):
    for i in range(n):
        await Step(i)
        yield i


def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, len(steps)


async def main():
    squares = [i * i async for i in numbers(4)]
    evens = {i async for i in numbers(6) if i % 2 == 0}
    mapping = {i: str(i) async for i in numbers(3)}
    awaited = [await Step(i) for i in range(3)]
    nested = [[j async for j in numbers(i)] for i in range(3)]
    gen = (i + 100 async for i in numbers(2))
    from_gen = [v async for v in gen]
    return squares, sorted(evens), mapping, awaited, nested, from_gen


print(run(main()))


async def error_inside():
    return [1 / i async for i in numbers(2)]


try:
    run(error_inside())
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(type((i async for i in numbers(1))).__name__)
try:
    compile("[x async for x in y]", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
