# asyncio: gather (with return_exceptions), TaskGroup and its ExceptionGroup, create_task results, to_thread.
import asyncio


async def double(x, delay):
    await asyncio.sleep(delay)
    return x * 2


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    print(await asyncio.gather(double(1, 0.02), double(2, 0.01), double(3, 0)))
    print(await asyncio.gather(double(1, 0), fail("x"), return_exceptions=True))
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(double(i, 0.001 * i)) for i in range(4)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("a"))
            tg.create_task(fail("b"))
    except* ValueError as group:
        print(sorted(str(e) for e in group.exceptions))
    print(await asyncio.to_thread(sum, range(10)))


asyncio.run(main())
