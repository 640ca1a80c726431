# subprocess: run with captured output and input, check_output, a failing command, Popen.communicate, a timeout.
import subprocess
import sys

r = subprocess.run(["echo", "hello"], capture_output=True, text=True)
print(r.returncode, r.stdout)
print(subprocess.run(["cat"], input=b"piped", capture_output=True).stdout)
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))
try:
    subprocess.run(["sh", "-c", "exit 3"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, text=True)
out, _ = p.communicate("line\n")
print(out.strip(), p.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
