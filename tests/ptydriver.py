"""Driving an interactive program through a pseudo-terminal (the REPL tests):
the program sees a real terminal (Ctrl-C is SIGINT, readline edits lines)."""

import os
import pty
import select
import time


PROMPT_ENDINGS = (b"> ", b"... ", b"? ")     # >>> and ... and the tests' own prompts


def drive(cmd, keys, env=None, timeout=10):
    """Run cmd on a pseudo-terminal; send each key sequence after the previous output
    ends with a prompt (or a short pause when the sequence is a tuple (keys, pause))."""
    pid, master = pty.fork()
    if pid == 0:                                    # the child: the pty is its terminal
        os.execvpe(cmd[0], cmd, env)
    out = b""

    def read(until_prompt, limit):
        nonlocal out
        end = time.time() + limit
        while time.time() < end:
            r, _, _ = select.select([master], [], [], 0.05)
            if not r:
                continue
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            out += data
            if until_prompt and out.endswith(PROMPT_ENDINGS):
                return
    read(True, timeout)
    for k in keys:
        if isinstance(k, tuple):
            os.write(master, k[0])
            read(False, k[1])
        else:
            os.write(master, k)
            read(True, timeout)
    read(False, 0.3)
    end = time.time() + timeout
    while time.time() < end:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        read(False, 0.1)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        raise AssertionError("no exit: %r" % out)
    os.close(master)
    return out.decode(), os.waitstatus_to_exitcode(status)
