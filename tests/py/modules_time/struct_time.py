import time
st = time.gmtime(951782400)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_wday, st.tm_yday, st.tm_isdst, len(st), st[0])
print(time.strftime("%a %b %d %j %A %B", st))
print(time.strftime("%y %H %I %p %M %S %%", time.gmtime(1234567890)))
print(time.asctime(time.gmtime(0)))
print(type(st).__name__, st == time.gmtime(951782400))
print(time.gmtime(-86400)[:3])
print(time.mktime(time.localtime(1000000000)) == 1000000000.0)
