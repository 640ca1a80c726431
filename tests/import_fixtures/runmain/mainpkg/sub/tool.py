import sys
print("mainpkg.sub.tool:", __name__, __package__, __spec__.name, sys.argv[1:])
if __name__ == "__main__":
    raise SystemExit(3)
