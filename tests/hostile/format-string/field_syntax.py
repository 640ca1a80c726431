# category: format-string
# must: malformed replacement fields and index chains raise the same guest errors as CPython
# oracle: cpython
fmts = ['{0[0][1]}', '{0[-1]}', '{0[a b]}', '{0[}', '{0.}', '{0..a}', '{0[0]x}', '{!r}',
        '{0!x}', '{0!}', '{0!rr}', '{0:{1:{2}}}', '{', '}', '{}{0}', '{0}{}', '{0[0]',
        '{0.__class__[0]}', '{0[0].__class__.__name__}', '{0[1:2]}', '{0[ 0]}', '{00}',
        '{0x1}', '{-1}', '{1000000000000000000000}', '{0:{0:{0:{0}}}}', '{0!s:>{1}}',
        '{0:}', '{0:%}', '{{}}', '{{0}}{0}', '{0[\u0661]}', '{\u0661}', '{0:\x00<5}']
arg = ['ab', 'cd']
for f in fmts:
    try:
        print("ok", repr(f), repr(f.format(arg, 3, 's')))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
