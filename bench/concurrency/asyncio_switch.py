"""Tasks switching on the asyncio event loop: 10 tasks each awaiting
asyncio.sleep(0) 2000 times (every await is a trip through the loop)."""
import asyncio

TASKS, SWITCHES = 10, 2000


async def worker(counter):
    for _ in range(SWITCHES):
        counter[0] += 1
        await asyncio.sleep(0)


async def main():
    counter = [0]
    await asyncio.gather(*(worker(counter) for _ in range(TASKS)))
    return counter[0]


total = asyncio.run(main())
print(total)
assert total == TASKS * SWITCHES
