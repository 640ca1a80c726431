# logging from several threads through one handler: every record arrives, with its thread name.
import logging
import threading

records = []


class Collect(logging.Handler):
    def emit(self, record):
        records.append((record.threadName, record.getMessage()))


log = logging.getLogger("threads")
log.setLevel(logging.INFO)
log.addHandler(Collect())


def work(i):
    for j in range(3):
        log.info("item %d-%d", i, j)


ts = [threading.Thread(target=work, args=(i,), name="T%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(records), sorted(records)[:4])
