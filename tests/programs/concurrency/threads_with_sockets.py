# A thread serving a socket while the main thread is the client (blocking accept/recv let the other thread run).
import socket
import threading

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen()
port = server.getsockname()[1]


def serve():
    conn, _ = server.accept()
    with conn:
        data = conn.recv(100)
        conn.sendall(data.upper())


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port)) as c:
    c.sendall(b"hello over a thread")
    print(c.recv(100))
t.join()
server.close()
a, b = socket.socketpair()
threading.Thread(target=lambda: a.sendall(b"x" * 100000)).start()
got = 0
while got < 100000:
    got += len(b.recv(65536))
print(got)
