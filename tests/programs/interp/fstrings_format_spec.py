# Format specs through f-strings: fill/align/sign/width/precision/type for ints, floats and strings.
n = 42
print(f"[{n:5}] [{n:<5}] [{n:^5}] [{n:>5}] [{n:05}] [{n:*^9}]")
print(f"{n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:c}")
print(f"[{n:+}] [{-n:+}] [{n: }] [{-n: }] [{-n:=8}] [{n:+08}]")
print(f"{1234567:,} {1234567:_} {255:_x} {1234567:,d}")
x = 1234.5678
print(f"{x:f} {x:.2f} {x:e} {x:.3E} {x:g} {x:.3g} {x:%} {0.25:.1%}")
print(f"[{x:12.3f}] [{x:<12.1f}] [{x:^12.0f}] [{x:012.2f}]")
print(f"{1e20:g} {1e-5:g} {123456789.0:g} {0.0001:g}")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g} {float('inf'):+}")
print(f"{x:,.2f} {-0.0:f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
s = "text"
print(f"[{s:8}] [{s:>8}] [{s:^8}] [{s:.2}] [{s:-^10.3}]")
print(f"{True:d} {True} {False:>6}")
print(f"{3+4j} {(3+4j):.1f} {1j:>8}")
print(f"{12:{'>'}{6}}")
for bad in ["{n:s}", "{s:d}", "{x:x}"]:
    try:
        print(eval("f'" + bad + "'"))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(f"{n:,x}")
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{s:=5}")
except ValueError as e:
    print(type(e).__name__, e)
