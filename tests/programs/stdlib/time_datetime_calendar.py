# time: Lib modules built on time -- datetime (pure-Python _pydatetime under snakevm) and calendar on fixed dates; strftime/strptime/timestamps/time zones.
import calendar
import time
from datetime import date, datetime, time as dtime, timedelta, timezone

utc_moment = datetime(2009, 2, 13, 23, 31, 30, tzinfo=timezone.utc)
print(utc_moment, utc_moment.timestamp(), utc_moment.isoformat(), utc_moment.timetuple())
print(datetime.fromtimestamp(1234567890, timezone.utc), datetime.fromtimestamp(0, tz=timezone(timedelta(hours=5, minutes=30))))
print(utc_moment.strftime("%A %d %B %Y %H:%M:%S %Z %z %j %U %W %%"), format(utc_moment, "%Y/%m/%d"))
print(datetime.strptime("2021-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("2021-03-04T05:06:07+0200", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.strptime("Thursday 4 March 21", "%A %d %B %y").date())
print(date(2024, 2, 29).toordinal(), date.fromordinal(738945), tuple(date(2024, 2, 29).isocalendar()), date(2024, 2, 29).weekday())
print(date.fromisoformat("2024-02-29"), datetime.fromisoformat("2024-02-29T12:30:00+01:00"), dtime.fromisoformat("10:20:30.5"))
print(utc_moment - datetime(2000, 1, 1, tzinfo=timezone.utc), timedelta(days=1, seconds=5) * 3, repr(timedelta(hours=-1)))
print(utc_moment.astimezone(timezone(timedelta(hours=-3))), tuple(utc_moment.utctimetuple()))
print(utc_moment.replace(year=2010).ctime(), date(2000, 1, 1).ctime(), date(2000, 1, 1).strftime("%a %b %d"))
print(datetime.combine(date(2020, 5, 17), dtime(8, 30)), date(2020, 5, 17) + timedelta(weeks=3))
print(datetime(2020, 1, 1) < datetime(2020, 1, 2), max(date(2020, 1, 1), date(2019, 12, 31)))
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.leapdays(1900, 2024), calendar.monthrange(2023, 2), calendar.weekday(2024, 1, 1))
print(calendar.timegm((2009, 2, 13, 23, 31, 30, 0, 0, 0)), calendar.timegm(utc_moment.utctimetuple()))
print(calendar.calendar(2023)[:240])
print(list(calendar.Calendar(firstweekday=6).itermonthdates(2024, 3))[:8])
print(calendar.TextCalendar().formatmonth(2021, 7))
print(calendar.HTMLCalendar().formatmonth(2021, 7)[:200])
print(calendar.monthcalendar(2024, 2), calendar.day_name[0], calendar.month_abbr[12])
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(calendar.timegm(utc_moment.utctimetuple()))))
print(isinstance(datetime.now(), datetime), date.today() >= date(2024, 1, 1), time.time() > 1.7e9)
