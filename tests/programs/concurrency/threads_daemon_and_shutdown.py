# Exit: the process waits for non-daemon threads (their output comes after main's), not for daemon ones; atexit runs after them.
import atexit
import threading
import time

atexit.register(print, "atexit after the threads")


main_done = threading.Event()


def slow():
    main_done.wait()
    time.sleep(0.05)
    print("non-daemon thread finished")


def forever():
    time.sleep(60)
    print("never printed")


threading.Thread(target=slow).start()
threading.Thread(target=forever, daemon=True).start()
print("main finished")
main_done.set()
