# asyncio: wait_for and timeout() expiring, cancellation seen inside the task (finally runs), shield, Event and Lock.
import asyncio


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise
    finally:
        log.append("finally")


async def main():
    log = []
    try:
        await asyncio.wait_for(slow(log), 0.01)
    except TimeoutError:
        print("wait_for timed out", log)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout() expired")
    task = asyncio.create_task(slow(log))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled", task.cancelled(), log)
    inner = asyncio.create_task(asyncio.sleep(0.01, result="shielded"))
    print(await asyncio.shield(inner))
    ev = asyncio.Event()
    lock = asyncio.Lock()
    order = []

    async def worker(i):
        await ev.wait()
        async with lock:
            order.append(i)
            await asyncio.sleep(0)

    workers = [asyncio.create_task(worker(i)) for i in range(3)]
    ev.set()
    await asyncio.gather(*workers)
    print(sorted(order))


asyncio.run(main())
