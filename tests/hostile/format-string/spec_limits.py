# category: format-string
# must: huge widths and precisions in format specs are rejected with guest errors, not host crashes or huge allocations
# oracle: cpython
cases = ["'{:99999999999999999999}'.format(1)", "format(1, '.99999999999999999999')",
         "'{0:>{1}}'.format('x', 10**20)", "'{0:.{1}}'.format(1.5, 10**20)",
         "format(1.5, '.2147483648f')", "format('x', '2147483648')", "format(1, '9223372036854775808')",
         "'%*d' % (2**63, 1)", "'%.*s' % (2**63, 'x')", "format(1.5, '.1000f')[:5]",
         "format(10**4300, 'd')[:3]", "format(10**4301, 'd')[:3]", "str(10**4301)[:3]",
         "'%d' % 10**4301", "format(10**4301, 'x')[:3]", "format(1e308, '.400f')[:4]",
         "len(format(1, '10000'))", "format(1, '0=10000')[-1]", "format(1.5, 'e' * 3)",
         "format(1, '>' * 3)", "format(1, '1' * 30)", "'{0:{1}}'.format(1, '9' * 30)"]
for src in cases:
    try:
        print("ok", src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
