# Uncaught exception inside an (inlined, PEP 709) list comprehension and inside a generator expression frame.
def ratios(pairs):
    return [a / b for a, b in pairs]


def lazy_ratios(pairs):
    return list(a / b for a, b in pairs)


print(ratios([(1, 2), (3, 4)]))
try:
    lazy_ratios([(1, 0)])
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("genexpr frames:", names)
print(ratios([(5, 1), (2, 0)]))
