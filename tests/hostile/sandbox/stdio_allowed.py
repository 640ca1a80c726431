# category: sandbox
# must: the standard streams work in the sandbox; stdin reads what the process got
# args: --sandbox
# expect-stdout: out
# expect-stdout: write
# expect-stdout: fd1
# expect-stdout: stdin ''
# expect-stderr: err
import sys
print("out")
print("err", file=sys.stderr)
sys.stdout.write("write\n")
with open(1, "w", closefd=False) as f:
    f.write("fd1\n")
print("stdin", repr(sys.stdin.read()))
