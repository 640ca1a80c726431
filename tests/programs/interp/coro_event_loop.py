# A tiny hand-written round-robin event loop running several coroutines with sleep-like yields.
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        yield ("sleep", self.ticks)


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.results = {}

    def spawn(self, name, coro):
        self.ready.append((0, len(self.ready), name, coro))

    def run(self):
        seq = 100
        while self.ready:
            self.ready.sort()
            wake, _, name, coro = self.ready.pop(0)
            self.now = max(self.now, wake)
            try:
                kind, ticks = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now} {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = f"error {type(e).__name__}: {e}"
                print(f"t={self.now} {name} failed: {e}")
                continue
            seq += 1
            self.ready.append((self.now + ticks, seq, name, coro))


async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"{name} sleeping {d}")
        await Sleep(d)
        total += d
    return total


async def failing():
    await Sleep(2)
    raise ValueError("worker exploded")


async def parent():
    a = await worker("child-in-parent", [1])
    b = await worker("child-in-parent", [2])
    return a + b


loop = Loop()
loop.spawn("fast", worker("fast", [1, 1, 1]))
loop.spawn("slow", worker("slow", [3, 3]))
loop.spawn("bad", failing())
loop.spawn("parent", parent())
loop.run()
print(sorted(loop.results.items()))
