# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys


def main(argv):
    print("args:", len(argv))
    if len(argv) < 5:
        sys.exit("error: expected at least 5 arguments")
    print("never")


try:
    main(["a"])
except SystemExit as e:
    print("first time caught:", repr(e.code))
print("now exiting for real")
sys.stdout.flush()
main(["b"])
