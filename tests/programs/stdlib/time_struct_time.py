# time: struct_time (fields, hidden fields, constructor errors, pickling), gmtime/strftime/strptime on fixed values.
import time, pickle
t = time.gmtime(1700000000)
print(t, t.tm_zone, t.tm_gmtoff, t[0], t[-1], len(t), t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.asctime(t))
print(time.strptime("2023-11-14 10:20", "%Y-%m-%d %H:%M"))
s = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, time.struct_time(range(11)).tm_zone, time.struct_time(range(9), {"tm_zone": "X"}).tm_zone)
for bad in ((1, 2), range(20), 5):
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
print(pickle.loads(pickle.dumps(t)) == t, t.__reduce__()[1][1], type(t).__name__, type(t).__module__)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.__match_args__[:3])
print(time.mktime(time.localtime(1000)), time.strftime("%%", t), time._STRUCT_TM_ITEMS)
try:
    time.strptime("nope", "%Y")
except ValueError as e:
    print("ValueError", e)
