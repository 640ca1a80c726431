# category: format-string
# must: str.format called unbound, with non-str keyword keys or on wrong receivers raises TypeError like CPython
# oracle: cpython
cases = ["str.format(5)", "str.format()", "str.format('{}', 1)", "str.format(b'{}', 1)",
         "'{a}'.format(**{'a': 1})", "'{}'.format(**{1: 2})", "'{0}'.format(*[1], **{'0': 2})",
         "'{x}'.format(**{'x': 1, 'y': 2})", "b'{}'.format(1)", "bytearray(b'{}').format(1)",
         "'{0}'.format()", "'{1}'.format(1)", "'{a}'.format(1)", "'{}{}'.format(1)",
         "'{0}{1}{0}'.format('a', 'b')", "'{!r:^9}'.format('x')", "'{:{}{}}'.format(1, '>', 4)",
         "'{:{}}'.format(1, 5, 6)", "str.format_map({}, {})", "''.join(map('{0.real}'.format, [1, 2.5, 3j]))",
         "'{0[0]}'.format({0: 'intkey', '0': 'strkey'})", "'{0[a]}'.format({'a': 1})",
         "'{0.imag}'.format(True)", "'%s'.__mod__(1)", "'%s'.__rmod__(1)", "str.__mod__(1, 2)",
         "'{}'.format(*range(3))", "'{0.__len__.__self__}'.format('hi')"]
for src in cases:
    try:
        print("ok", src, repr(eval(src)))
    except Exception as e:
        print(src, type(e).__name__, e)
