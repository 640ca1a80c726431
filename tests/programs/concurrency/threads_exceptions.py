# Exceptions in threads: threading.excepthook (default text and a custom hook), SystemExit ends a thread quietly.
import sys
import threading


def fails():
    raise ValueError("from a thread")


t = threading.Thread(target=fails, name="failing")
t.start()
t.join()
caught = []
threading.excepthook = lambda args: caught.append(
    (args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=fails, name="hooked")
t.start()
t.join()
print(caught)
threading.excepthook = threading.__excepthook__


def exits():
    sys.exit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print("SystemExit in a thread is quiet", t.is_alive())
