# selectors over a socketpair: readiness for reading and writing, unregister, select with a timeout.
import selectors
import socket

sel = selectors.DefaultSelector()
a, b = socket.socketpair()
a.setblocking(False)
b.setblocking(False)
sel.register(b, selectors.EVENT_READ, data="b")
print(sel.select(timeout=0.01))
a.send(b"ping")
events = sel.select(timeout=1)
print([(key.data, mask == selectors.EVENT_READ) for key, mask in events])
print(b.recv(10))
sel.modify(b, selectors.EVENT_WRITE, data="b-write")
print([(key.data, bool(mask & selectors.EVENT_WRITE)) for key, mask in sel.select(timeout=1)])
sel.unregister(b)
print(len(sel.get_map()))
sel.close()
a.close()
b.close()
