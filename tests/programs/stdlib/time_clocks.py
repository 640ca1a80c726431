# time: clocks move forward, sleep and its errors, clock info (no absolute times printed).
import time
a = time.monotonic(); time.sleep(0.01); b = time.monotonic()
print(b > a, b - a >= 0.005, type(time.time()).__name__, type(time.time_ns()).__name__)
print(time.perf_counter() <= time.perf_counter(), time.process_time() >= 0, time.thread_time_ns() >= 0)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, type(info.resolution).__name__, type(info).__name__)
time.sleep(0)
for bad in (-1, "x", None):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError", e)
print(time.clock_gettime(time.CLOCK_MONOTONIC) > 0, isinstance(time.timezone, int), len(time.tzname))
