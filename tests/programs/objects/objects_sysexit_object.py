# SystemExit carrying a custom object: its __str__ is printed to stderr and the exit status is 1.
import sys


class ExitReport:
    def __init__(self, errors):
        self.errors = errors

    def __str__(self):
        return f"{len(self.errors)} error(s): " + "; ".join(self.errors)

    def __repr__(self):
        return "ExitReport(...)"


errors = []
for name, value in [("port", "80"), ("host", ""), ("retries", "x")]:
    if not value:
        errors.append(f"{name} is empty")
    elif not value.isdigit():
        errors.append(f"{name} is not a number")
print("validated", len(errors), "problems")
try:
    sys.exit(ExitReport([]))
except SystemExit as e:
    print("caught once:", repr(e.code), str(e.code) == "0 error(s): ")
sys.stdout.flush()
sys.exit(ExitReport(errors))
