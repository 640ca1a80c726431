# io: Lib modules over the io stack -- pathlib, tempfile, gzip, zipfile, shutil, codecs.open, pickle, json, csv, tokenize.open, fileinput, linecache, os.fdopen.
import io, os, tempfile, gzip, zipfile, shutil, pathlib, codecs, pickle, json, csv, tokenize, fileinput, linecache
D = "/tmp/snakevm_io_lib_users_%d" % os.getpid()     # one directory per run: runs may overlap
shutil.rmtree(D, ignore_errors=True)
os.mkdir(D)
p = pathlib.Path(D, "t.txt")
print(p.write_text("héllo\nwörld\r\n", encoding="utf-8"))
print(repr(p.read_text(encoding="utf-8")), repr(p.read_bytes()))
with open(p, encoding="utf-8", newline="") as f:
    print(f.readlines(), f.newlines)
with tempfile.TemporaryFile() as tf:
    tf.write(b"abc"); tf.seek(0); print(tf.read(), type(tf).__name__)
with tempfile.TemporaryFile("w+", encoding="utf-8") as tf:
    tf.write("x\ny"); tf.seek(0); print(tf.readlines())
with tempfile.SpooledTemporaryFile(max_size=10, mode="w+b") as sf:
    sf.write(b"0123456789abc"); sf.seek(0); print(sf.read(), sf._rolled)
with gzip.open(os.path.join(D, "g.gz"), "wt", encoding="utf-8") as g:
    g.write("compressed\ntext\n" * 3)
with gzip.open(os.path.join(D, "g.gz"), "rt", encoding="utf-8") as g:
    print(g.readlines()[:3])
with zipfile.ZipFile(os.path.join(D, "z.zip"), "w") as z:
    z.writestr("a.txt", "zip data")
    with z.open("b.bin", "w") as zw:
        zw.write(b"\x00\x01")
with zipfile.ZipFile(os.path.join(D, "z.zip")) as z:
    print(z.namelist(), z.read("a.txt"))
    with z.open("a.txt") as zf:
        print(io.TextIOWrapper(zf, encoding="ascii").read())
src = io.BytesIO(b"x" * 100000)
dst = io.BytesIO()
shutil.copyfileobj(src, dst)
print(len(dst.getvalue()))
shutil.copyfile(p, os.path.join(D, "copy.txt"))
print(open(os.path.join(D, "copy.txt"), "rb").read())
with codecs.open(os.path.join(D, "c.txt"), "w", "utf-16") as cf:
    cf.write("codecs")
with codecs.open(os.path.join(D, "c.txt"), "r", "utf-16") as cf:
    print(cf.read())
with open(os.path.join(D, "p.pkl"), "wb") as pf:
    pickle.dump({"a": [1, 2]}, pf)
with open(os.path.join(D, "p.pkl"), "rb") as pf:
    print(pickle.load(pf))
with open(os.path.join(D, "j.json"), "w", encoding="utf-8") as jf:
    json.dump({"k": "é"}, jf)
with open(os.path.join(D, "j.json"), encoding="utf-8") as jf:
    print(json.load(jf))
with open(os.path.join(D, "c.csv"), "w", newline="", encoding="utf-8") as cf:
    csv.writer(cf).writerows([[1, "a,b"], [2, "c\nd"]])
with open(os.path.join(D, "c.csv"), newline="", encoding="utf-8") as cf:
    print(list(csv.reader(cf)))
with open(os.path.join(D, "m.py"), "w", encoding="latin-1") as mf:
    mf.write("# -*- coding: latin-1 -*-\nx = 'é'\n")
with tokenize.open(os.path.join(D, "m.py")) as tf:
    print(tf.encoding, tf.read())
with fileinput.input([str(p), os.path.join(D, "copy.txt")], encoding="utf-8") as fi:
    print([(fi.filename().replace(D, "D"), line) for line in fi])
print(linecache.getline(os.path.join(D, "m.py"), 2))
fd = os.open(os.path.join(D, "fd.bin"), os.O_RDWR | os.O_CREAT)
with os.fdopen(fd, "w+b") as ff:
    ff.write(b"fdopen"); ff.seek(0); print(ff.read(), type(ff).__name__)
print(sorted(os.listdir(D)))
shutil.rmtree(D)
