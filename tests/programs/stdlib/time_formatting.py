# time: gmtime/asctime/ctime/strftime/strptime/mktime on fixed timestamps; argument conversion (__index__, __float__, tuples, struct_time) and CPython's messages.
import time


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Index:
    def __index__(self):
        return 86400


class Float:
    def __float__(self):
        return 1.5


class Both:
    def __index__(self):
        return 7

    def __float__(self):
        return 2.5


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyTuple(tuple):
    pass


T = 1234567890
TUPLE = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
show("gmtime", lambda: time.gmtime(T))
show("gmtime float", lambda: time.gmtime(T + 0.75))
show("gmtime __index__", lambda: time.gmtime(Index()))
show("gmtime __float__", lambda: time.gmtime(Float()))
show("gmtime both", lambda: time.gmtime(Both()))
show("gmtime int subclass", lambda: time.gmtime(MyInt(5)))
show("gmtime float subclass", lambda: time.gmtime(MyFloat(5.5)))
show("gmtime negative", lambda: time.gmtime(-1))
show("gmtime str", lambda: time.gmtime("x"))
show("gmtime huge", lambda: time.gmtime(1e300))
show("gmtime nan", lambda: time.gmtime(float("nan")))
show("gmtime too big int", lambda: time.gmtime(2 ** 70))
show("gmtime two args", lambda: time.gmtime(1, 2))
show("gmtime zone", lambda: (time.gmtime(T).tm_zone, time.gmtime(T).tm_gmtoff))
show("asctime", lambda: time.asctime(time.gmtime(T)))
show("asctime tuple", lambda: time.asctime(TUPLE))
show("asctime tuple subclass", lambda: time.asctime(MyTuple(TUPLE)))
show("asctime list", lambda: time.asctime(list(TUPLE)))
show("asctime short", lambda: time.asctime((2009, 2, 13)))
show("asctime long", lambda: time.asctime(TUPLE + (5,)))
show("asctime bad item", lambda: time.asctime(TUPLE[:8] + ("x",)))
show("asctime month 13", lambda: time.asctime((2009, 13) + TUPLE[2:]))
show("asctime __index__ item", lambda: time.asctime((Index(),) + TUPLE[1:]))
show("asctime float item", lambda: time.asctime((2009.5,) + TUPLE[1:]))
show("asctime int", lambda: time.asctime(5))
show("ctime", lambda: time.ctime(0)[:3] in ("Thu", "Wed", "Fri"))
show("ctime huge", lambda: time.ctime(1e300))
show("ctime str", lambda: time.ctime("x"))
FORMAT = "%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %C %e %% %D %T %R %p %I %M"
show("strftime", lambda: time.strftime(FORMAT, time.gmtime(T)))
show("strftime zone", lambda: time.strftime("%Z %z", time.gmtime(T)))
show("strftime tuple", lambda: time.strftime("%Y", TUPLE))
show("strftime bytes format", lambda: time.strftime(b"%Y", TUPLE))
show("strftime int", lambda: time.strftime("%Y", 5))
show("strftime zero month", lambda: time.strftime("%Y %m %d", (2009, 0, 0, 0, 0, 0, 0, 0, 0)))
show("strftime hour 25", lambda: time.strftime("%Y", (2009, 1, 1, 25, 0, 0, 0, 1, 0)))
show("strftime weekday 9", lambda: time.strftime("%Y", (2009, 1, 1, 0, 0, 0, 9, 1, 0)))
show("strftime weekday -1", lambda: time.strftime("%a", (2009, 1, 1, 0, 0, 0, -1, 1, 0)))
show("strftime yday 400", lambda: time.strftime("%Y", (2009, 1, 1, 0, 0, 0, 0, 400, 0)))
show("strftime second 62", lambda: time.strftime("%Y", (2009, 1, 1, 0, 0, 62, 0, 1, 0)))
show("strftime isdst -5", lambda: time.strftime("%Y", (2009, 1, 1, 0, 0, 0, 0, 1, -5)))
show("strftime surrogate", lambda: time.strftime("\ud800 %Y", (2009, 1, 1, 0, 0, 0, 0, 1, 0)))
show("strftime NUL", lambda: time.strftime("%Y\0x", (2009, 1, 1, 0, 0, 0, 0, 1, 0)))
show("strftime empty", lambda: time.strftime("", TUPLE))
show("strftime no args", lambda: time.strftime())
show("strftime year 5", lambda: time.strftime("%Y|%4Y", (5, 1, 1, 0, 0, 0, 0, 1, 0)))
zoned = time.struct_time(list(time.gmtime(T)) + ["ABC", 3600])
show("strftime guest zone", lambda: time.strftime("%Z|%z", zoned))
show("strftime zone None", lambda: time.strftime("%H", time.struct_time(list(TUPLE) + [None, None])))
show("strftime bad zone", lambda: time.strftime("%Z", time.struct_time(list(TUPLE) + [5, "x"])))
show("strptime", lambda: time.strptime("2009-02-13 23:31:30", "%Y-%m-%d %H:%M:%S"))
show("strptime default format", lambda: time.strptime("Fri Feb 13 23:31:30 2009"))
show("strptime %z", lambda: time.strptime("+0130", "%z").tm_gmtoff)
show("strptime %j", lambda: time.strptime("2024 060", "%Y %j")[:3])
show("strptime bad directive", lambda: time.strptime("2009", "%Q"))
show("strptime no match", lambda: time.strptime("x", "%Y"))
show("strptime unconverted", lambda: time.strptime("2009x", "%Y"))
show("strptime int", lambda: time.strptime(5))
show("strptime int format", lambda: time.strptime("2009", 5))
show("strptime no args", lambda: time.strptime())
show("strptime keywords", lambda: time.strptime(string="2009"))
local = time.localtime(T)
show("mktime roundtrip", lambda: time.mktime(local) == T)
show("mktime tuple", lambda: time.mktime(tuple(local)) == T)
show("mktime int", lambda: time.mktime(5))
show("mktime short", lambda: time.mktime((1, 2)))
show("localtime type", lambda: (type(local).__name__, len(local), local.tm_zone == time.tzname[local.tm_isdst]))
show("localtime str", lambda: time.localtime("x"))
show("zone values", lambda: (type(time.timezone), type(time.altzone), type(time.daylight), len(time.tzname)))
del local, zoned
