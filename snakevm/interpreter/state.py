"""VM-wide interpreter state read by the eval loop and set by the sys module."""

recursion_limit = 1000       # sys.getrecursionlimit()
depth = 0                    # guest frames currently executing
handled_exception = None     # the exception being handled (sys.exception()), or None
current_frame = None         # innermost executing guest frame
