# Large code objects generated with exec: >256 locals/consts/names and long jumps (EXTENDED_ARG), big unpacking.
N = 300
lines = ["def many_locals():"]
for i in range(N):
    lines.append(f"    v{i} = {i} * 3")
lines.append("    total = " + " + ".join(f"v{i}" for i in range(N)))
lines.append("    return total, v299, len(locals())")
ns = {}
exec("\n".join(lines), ns)
print(ns["many_locals"]())
consts_src = "def many_consts():\n    return [" + ", ".join(f"'c{i}'" for i in range(400)) + "]"
exec(consts_src, ns)
result = ns["many_consts"]()
print(len(result), result[0], result[-1])
chain = ["def long_chain(x):"]
for i in range(350):
    chain.append(f"    if x == {i}:\n        return 'hit {i}'")
chain.append("    return 'miss'")
exec("\n".join(chain), ns)
print(ns["long_chain"](0), ns["long_chain"](349), ns["long_chain"](1000))
loop_src = "def big_loop(n):\n    acc = 0\n    for i in range(n):\n" + "".join(f"        acc += {k}\n" for k in range(300)) + "    return acc"
exec(loop_src, ns)
print(ns["big_loop"](3))
names_src = "def many_names(o):\n    return [" + ", ".join(f"o.a{i}" for i in range(300)) + "]"
exec(names_src, ns)


class Attrs:
    def __getattr__(self, name):
        return int(name[1:])


print(sum(ns["many_names"](Attrs())))
targets = ", ".join(f"t{i}" for i in range(280))
exec(f"{targets} = range(280)\nresult_unpack = t0 + t279", ns)
print(ns["result_unpack"])
exec(f"first, *middle, last = range(600)\nstar_result = (first, len(middle), last)", ns)
print(ns["star_result"])
args_src = "def many_args(" + ", ".join(f"p{i}" for i in range(260)) + "):\n    return p0 + p259"
exec(args_src, ns)
print(ns["many_args"](*range(260)))
print(ns["many_args"](**{f"p{i}": i for i in range(260)}))
big_tuple = tuple(range(100000))
print(len(big_tuple), big_tuple[-1])
