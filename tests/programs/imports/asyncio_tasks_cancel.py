# asyncio: task cancellation, CancelledError handling, TaskGroup with an ExceptionGroup, async context managers.
import asyncio


async def long_running(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("cleanup")


async def bad(n):
    await asyncio.sleep(0)
    raise KeyError(n)


async def main():
    log = []
    task = asyncio.create_task(long_running(log))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        log.append("caught by awaiter")
    print(log, task.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
    except* KeyError as eg:
        print("TaskGroup errors:", sorted(repr(e) for e in eg.exceptions))
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0)
    except TimeoutError as e:
        print("timeout:", type(e).__name__)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print("unlocked", lock.locked())


asyncio.run(main())
