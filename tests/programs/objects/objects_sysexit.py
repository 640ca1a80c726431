# sys.exit from inside a method called via a property getter: exit status 4, finally clauses run.
import sys


class Service:
    def __init__(self):
        self.ready = False

    @property
    def status(self):
        if not self.ready:
            self.shutdown(4)
        return "ready"

    def shutdown(self, code):
        print("shutting down with", code)
        sys.stdout.flush()
        sys.exit(code)


svc = Service()
try:
    print(svc.status)
finally:
    print("finally at module level")
