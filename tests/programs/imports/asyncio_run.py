# asyncio.run with tasks, gather, sleep(0), wait_for timeouts avoided; deterministic ordering of results.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done after {steps}"


async def failing():
    await asyncio.sleep(0)
    raise ValueError("task failed")


async def main():
    results = await asyncio.gather(worker("a", 2), worker("b", 3), worker("c", 1))
    print(results)
    print(log)
    task = asyncio.create_task(worker("t", 1))
    print(await task, task.done(), task.result())
    outcomes = await asyncio.gather(failing(), worker("d", 1), return_exceptions=True)
    print([repr(o) for o in outcomes])
    try:
        await asyncio.gather(failing())
    except ValueError as e:
        print("gather propagated", repr(e))
    queue = asyncio.Queue()
    for i in range(3):
        queue.put_nowait(i)
    items = [await queue.get() for _ in range(3)]
    print(items, queue.empty())
    event = asyncio.Event()

    async def waiter():
        await event.wait()
        return "event seen"

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    event.set()
    print(await w)
    return "main result"


print(asyncio.run(main()))
