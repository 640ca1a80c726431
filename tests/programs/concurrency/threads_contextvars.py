# contextvars: each thread starts with a fresh context; copy_context().run carries values into a thread.
import contextvars
import threading

var = contextvars.ContextVar("var", default="default")
var.set("main value")
seen = []


def look():
    seen.append(var.get())
    var.set("thread value")
    seen.append(var.get())


t = threading.Thread(target=look)
t.start()
t.join()
ctx = contextvars.copy_context()
t = threading.Thread(target=ctx.run, args=(look,))
t.start()
t.join()
print(seen, var.get())
