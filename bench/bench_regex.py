"""Benchmark (not a test): a regular-expression workload under snakevm against
CPython 3.12 running the same workload, as a ratio.

The workload (``--workload``, run as a guest program by snakevm and as itself by
CPython) compiles a few patterns and runs search/findall/finditer/split/sub over
~400 KB of generated text, including a sub with a Python callable (one guest
call per match).  Each run times itself with perf_counter, so interpreter
startup and imports are excluded; the best of RUNS subprocess runs counts.

``--charloop`` times the lower bound of any matcher written in Python: a plain
character-by-character loop over the same text (counting digits), against the
engine doing the same count with findall (docs/regex.md uses these numbers).

    PYENV_VERSION=3.12.1 python3.12 bench/bench_regex.py
"""

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
WORDS = ("alpha", "beta", "gamma", "delta", "release", "version", "error", "warning",
         "contact", "server", "client", "timeout", "value", "report", "Zeta", "Omega")


def make_text(lines=3500):
    """~400 KB of log-like lines: words, numbers, dates, e-mail addresses, key=value pairs."""
    out = []
    for i in range(lines):
        w1, w2, w3 = WORDS[i % 16], WORDS[(i * 7) % 16], WORDS[(i * 11 + 3) % 16]
        out.append("%04d-%02d-%02d %s %s user%d@host%d.example.org %s=%d %s v%d.%d.%d %s\n" % (
            2000 + i % 25, 1 + i % 12, 1 + i % 28, w1, w2, i % 97, i % 13, w3, i * 37 % 1000,
            w1.upper(), i % 4, i % 10, i % 7, "lorem ipsum dolor sit amet " * (1 + i % 3)))
    return "".join(out)


def workload(text):
    """One pass of the regex workload; returns a checksum so runs can be compared."""
    import re
    date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
    email = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
    pair = re.compile(r"(\w+)=(\d+)")
    version = re.compile(r"\bv(\d+)\.(\d+)\.(\d+)\b")
    shout = re.compile(r"\b[A-Z]{4,}\b")
    total = 0
    total += len(email.findall(text))
    total += sum(int(m.group(2)) for m in pair.finditer(text))
    total += len(date.sub(r"\g<d>/\g<m>/\g<y>", text))
    total += len(version.sub(lambda m: "%s.%s" % (m.group(1), int(m.group(2)) + 1), text))
    total += len(re.split(r"\s+", text))
    total += len(shout.findall(text, re.I))
    total += len(re.findall(r"(?i)timeout|error", text))
    total += 1 if re.search(r"no such thing here", text) is None else 0
    total += sum(1 for line in text.splitlines()[:2000] if date.match(line))
    return total


def charloop(text):
    """The lower bound of a matcher in Python: look at each character once
    (here: count the ASCII digits)."""
    count = 0
    for ch in text:
        if "0" <= ch <= "9":
            count += 1
    return count


def run_mode(mode):
    text = make_text()
    if mode == "--workload":
        start = time.perf_counter()
        result = workload(text)
        elapsed = time.perf_counter() - start
        print("%r %.6f" % (result, elapsed))
    else:
        import re
        pattern = re.compile(r"[0-9]")
        start = time.perf_counter()
        loop_result = charloop(text)
        loop_time = time.perf_counter() - start
        start = time.perf_counter()
        engine_result = len(pattern.findall(text))
        engine_time = time.perf_counter() - start
        assert loop_result == engine_result
        print("%d %.6f %.6f" % (len(text), loop_time, engine_time))


def timed_runs(command):
    outputs = []
    for _ in range(RUNS):
        proc = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        outputs.append(proc.stdout.split())
    return outputs


def main():
    cpython = [sys.executable, __file__]
    snakevm = [sys.executable, "-m", "snakevm", __file__]
    cp_runs = timed_runs(cpython + ["--workload"])
    sv_runs = timed_runs(snakevm + ["--workload"])
    checksums = {run[0] for run in cp_runs + sv_runs}
    if len(checksums) != 1:
        raise SystemExit("workload results differ: %s" % sorted(checksums))
    cp_time = min(float(run[1]) for run in cp_runs)
    sv_time = min(float(run[1]) for run in sv_runs)
    print("text: %d bytes; best of %d runs (workload only, startup excluded)"
          % (len(make_text()), RUNS))
    print("CPython 3.12: %.3f s; snakevm: %.3f s" % (cp_time, sv_time))
    print("snakevm / CPython time ratio: %.1fx" % (sv_time / cp_time))

    cp_loop = timed_runs(cpython + ["--charloop"])
    sv_loop = timed_runs(snakevm + ["--charloop"])
    sv_char, sv_engine = (min(float(run[i]) for run in sv_loop) for i in (1, 2))
    cp_char, cp_engine = (min(float(run[i]) for run in cp_loop) for i in (1, 2))
    print("counting digits with a character loop: snakevm %.3f s, CPython %.3f s" % (sv_char, cp_char))
    print("counting digits with findall(r'[0-9]'): snakevm %.4f s, CPython %.4f s"
          % (sv_engine, cp_engine))
    print("snakevm guest character loop / host engine scan: %.0fx" % (sv_char / sv_engine))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        run_mode(sys.argv[1])
    else:
        main()
