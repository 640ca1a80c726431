# _thread.interrupt_main from a thread raises KeyboardInterrupt in the main thread (not in the thread).
import _thread
import threading
import time


def interrupter():
    time.sleep(0.05)
    _thread.interrupt_main()


threading.Thread(target=interrupter).start()
try:
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("KeyboardInterrupt in", threading.current_thread().name)
