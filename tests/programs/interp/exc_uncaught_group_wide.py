# Uncaught exception groups: more than 15 members ("and N more exceptions"), nesting deeper than
# max_group_depth, chained members (cause/context) and notes, printed in CPython's boxed layout.
def member(i):
    try:
        raise KeyError(i)
    except KeyError as e:
        if i % 5 == 0:
            raise ValueError("member %d" % i) from e
        if i % 7 == 0:
            raise TypeError("member %d" % i)
        return e


def nested(depth):
    if depth == 0:
        return ValueError("bottom")
    return ExceptionGroup("level %d" % depth, [nested(depth - 1)])


members = []
for i in range(18):
    try:
        result = member(i)
    except Exception as e:
        result = e
    members.append(result)
members.append(nested(12))
group = ExceptionGroup("wide", members)
group.add_note("a note on the group")
try:
    raise group
except ExceptionGroup as eg:
    print(len(eg.exceptions), eg.exceptions[-1].message)
try:
    raise RuntimeError("context of the group")
except RuntimeError:
    raise group
