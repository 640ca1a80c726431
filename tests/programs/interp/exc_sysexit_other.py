# sys.exit with a non-int, non-None value (a list): printed to stderr, exit status 1; large codes too.
import sys

try:
    sys.exit(256 + 2)
except SystemExit as e:
    print("big code kept as", e.code)
try:
    sys.exit(-1)
except SystemExit as e:
    print("negative code kept as", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args:", e.code, e.args)
print("exiting with a list value")
sys.stdout.flush()
raise SystemExit(["some", "list"])
