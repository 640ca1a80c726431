# category: sandbox
# must: the guest cannot touch signals, the process or host-wide settings
# args: --sandbox
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ALLOWED", type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__)

import signal, sys, time
attempt("signal.signal", lambda: signal.signal(signal.SIGALRM, lambda *a: None))
attempt("alarm", lambda: signal.alarm(1))
attempt("pthread_kill", lambda: signal.pthread_kill(0, 0))
attempt("raise_signal", lambda: signal.raise_signal(signal.SIGTERM))
attempt("set_int_max_str_digits", lambda: sys.set_int_max_str_digits(0))
attempt("setdlopenflags", lambda: sys.setdlopenflags(0))
attempt("tzset", lambda: time.tzset())
attempt("getsignal", lambda: signal.getsignal(signal.SIGINT))
