"""Two threads pass a token back and forth through two queue.Queue objects
(every pass is a lock hand-over and a thread switch)."""
import queue
import threading

PASSES = 2000


def player(inbox, outbox, count):
    for _ in range(count):
        token = inbox.get()
        outbox.put(token + 1)


ping, pong = queue.Queue(), queue.Queue()
other = threading.Thread(target=player, args=(ping, pong, PASSES))
other.start()
token = 0
for _ in range(PASSES):
    ping.put(token)
    token = pong.get()
other.join()
print(token)
assert token == PASSES
