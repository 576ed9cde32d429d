# datetime: arithmetic, formatting/parsing, timezones, isoformat/fromisoformat, comparisons.
import datetime as dt

d = dt.date(2024, 2, 28)
# (repr(d.isocalendar()) and the invalid-day message differ between CPython's C _datetime and the
# pure-Python datetime Krait uses, as issue 3 allows: they are printed field by field / by type.)
print(d + dt.timedelta(days=2), d.weekday(), tuple(d.isocalendar()), d.toordinal(), d.replace(day=1))
t = dt.datetime(2024, 3, 10, 14, 5, 9, 123456)
print(t, repr(t), t.isoformat(), t.isoformat(sep=" ", timespec="milliseconds"))
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %A %B %j %U %a %b %p %I %y %%"))
print(dt.datetime.strptime("2023-12-31 23:59:58", "%Y-%m-%d %H:%M:%S"))
print(dt.datetime.fromisoformat("2024-01-02T03:04:05+05:30"), dt.date.fromisoformat("2020-02-29"))
tz = dt.timezone(dt.timedelta(hours=-3, minutes=-30), "X")
a = t.replace(tzinfo=dt.timezone.utc)
print(a, a.astimezone(tz), a.utcoffset(), a.astimezone(tz).tzname(), a.timestamp())
print(dt.datetime.fromtimestamp(1700000000, dt.timezone.utc))
delta = dt.timedelta(days=1, hours=25, minutes=61, seconds=-5, microseconds=1500)
print(delta, repr(delta), delta.total_seconds(), -delta, delta * 3, delta / 7, delta // dt.timedelta(hours=1))
print(dt.timedelta(days=-1, seconds=3), abs(dt.timedelta(days=-1, seconds=3)), str(dt.timedelta(0)))
print(t - dt.datetime(2000, 1, 1), t > dt.datetime(2024, 1, 1), dt.date(2024, 1, 1) < d)
print(dt.time(23, 59, 59, 999999).isoformat(), dt.time(1, 2).replace(minute=30), dt.time.fromisoformat("10:11:12.5"))
print(dt.date.min, dt.date.max, dt.datetime.max, dt.timedelta.max, dt.timedelta.resolution)
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 31)]))
print(hash(dt.date(2020, 1, 1)) == hash(dt.date(2020, 1, 1)), {dt.date(2020, 1, 1): 1}[dt.date(2020, 1, 1)])
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__)
print(format(t, "%d/%m/%Y"), f"{d:%b %d}", dt.datetime.combine(d, dt.time(6)))
