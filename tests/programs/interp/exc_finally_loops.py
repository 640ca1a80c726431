# break and continue inside finally and try blocks within loops; they cancel pending exceptions.
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke", i


print(break_in_finally())


def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("dropped")
            seen.append(i)
        finally:
            continue
    return seen


print(continue_in_finally())


def break_from_try():
    log = []
    for i in range(5):
        try:
            if i == 2:
                break
            log.append(("body", i))
        finally:
            log.append(("finally", i))
    return log


print(break_from_try())


def continue_from_try():
    log = []
    i = 0
    while i < 3:
        i += 1
        try:
            continue
        finally:
            log.append(i)
    return log


print(continue_from_try())


def return_in_loop_finally():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return "end"


print(return_in_loop_finally())


def nested_with_except():
    out = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise KeyError(i)
                out.append(f"ok {i}")
            finally:
                out.append(f"inner finally {i}")
        except KeyError as e:
            out.append(f"caught {e}")
            if i == 3:
                break
            continue
        out.append(f"end of body {i}")
    return out


for line in nested_with_except():
    print(line)
