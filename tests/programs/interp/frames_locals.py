# Frames and fast locals: locals() snapshots, argument cells, f_code/f_back via sys._getframe, co_varnames.
import sys


def snapshot(a, b=2):
    c = a + b
    first = locals()
    d = c * 2
    return sorted(first), sorted(locals())


print(snapshot(1))


def who_called():
    return sys._getframe(1).f_code.co_name


def caller_one():
    return who_called()


print(caller_one(), who_called())


def frame_chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def wrapper():
    return frame_chain()


print(wrapper())


def line_numbers():
    f = sys._getframe()
    first = f.f_lineno
    second = f.f_lineno
    return second - first


print(line_numbers())


def code_info(x, y, *args, z, **kw):
    local_var = 1

    def inner():
        return local_var

    return inner


co = code_info.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_varnames, co.co_cellvars)
print(code_info(1, 2, z=3).__code__.co_freevars)


def locals_with_cells():
    captured = "cell value"
    plain = "plain"

    def use():
        return captured

    return sorted(locals().items(), key=lambda kv: kv[0])[:2]


print(locals_with_cells())


def modify_locals_dict():
    x = 1
    locals()["x"] = 99
    return x


print(modify_locals_dict())
print(sys._getframe().f_code.co_name, sys._getframe().f_globals is globals())
print(type(sys._getframe()).__name__, sys._getframe().f_locals is globals())
