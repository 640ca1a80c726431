# asyncio subprocesses: create_subprocess_exec with pipes, communicate, the exit status; two at once.
import asyncio


async def run(*args, data=None):
    proc = await asyncio.create_subprocess_exec(
        *args, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate(data)
    return proc.returncode, out


async def main():
    print(await run("echo", "hi"))
    print(await asyncio.gather(run("cat", data=b"one"), run("sh", "-c", "exit 2")))


asyncio.run(main())
