# A generator created in one thread and resumed in another; exceptions inside it reach the thread that resumed it.
import threading


def gen():
    try:
        x = yield threading.current_thread().name
        yield "got %s in %s" % (x, threading.current_thread().name)
        yield 1 / 0
    finally:
        print("generator closed in", threading.current_thread().name)


g = gen()
print(next(g))
out = []


def resume():
    out.append(g.send("value"))
    try:
        next(g)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError in " + threading.current_thread().name)


t = threading.Thread(target=resume, name="other")
t.start()
t.join()
print(out)
