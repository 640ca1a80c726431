# csv: readers, writers, DictReader/DictWriter, dialects and their registry, errors, Sniffer.
import csv, io
data = 'name,age\n"Smith, J",42\n"quote ""x""",7\n'
print(list(csv.reader(io.StringIO(data))))
for row in csv.DictReader(io.StringIO(data)):
    print(row)
out = io.StringIO(); w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC); w.writerow(["a", 1, 2.5, None, "x,y"]); w.writerows([[1], [2]]); print(repr(out.getvalue()))
out = io.StringIO(); dw = csv.DictWriter(out, fieldnames=["a", "b"]); dw.writeheader(); dw.writerow({"a": 1, "b": "z"}); print(repr(out.getvalue()))
print(list(csv.reader(["a;b;c"], delimiter=";")), csv.list_dialects(), csv.get_dialect("excel").delimiter)
class Pipe(csv.Dialect):
    delimiter = "|"; quotechar = "'"; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL; doublequote = True
csv.register_dialect("pipe", Pipe)
print(list(csv.reader(["a|'b|c'"], "pipe")))
for bad in (lambda: csv.reader([], delimiter="ab"), lambda: list(csv.reader([1])), lambda: csv.get_dialect("nope"), lambda: list(csv.reader(['"a'], strict=True))):
    try: bad()
    except (csv.Error, TypeError) as e: print(type(e).__name__, e)
print(csv.Sniffer().sniff("a,b\n1,2\n").delimiter, csv.QUOTE_ALL)
r = csv.reader(["a,b", "c"]); next(r); print(r.line_num, r.dialect.delimiter)
