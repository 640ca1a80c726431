# asyncio streams over 127.0.0.1: an echo server and two clients; a Queue between tasks.
import asyncio


async def handle(reader, writer):
    data = await reader.readline()
    writer.write(b"echo: " + data)
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, text):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(text.encode() + b"\n")
    await writer.drain()
    reply = await reader.readline()
    writer.close()
    await writer.wait_closed()
    return reply.decode().strip()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        print(sorted(await asyncio.gather(client(port, "one"), client(port, "two"))))
    q = asyncio.Queue()

    async def produce():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consume():
        out = []
        while (item := await q.get()) is not None:
            out.append(item)
        return out

    print((await asyncio.gather(produce(), consume()))[1])


asyncio.run(main())
