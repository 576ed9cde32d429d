# Struct sequences (objects/structseq.h): sys.version_info/flags/float_info and time.struct_time
# as tuple subtypes with member fields, hidden fields, __reduce__, __match_args__, constructors.
import sys, time, pickle, copy
print(sys.version_info[:2], type(sys.version_info).__match_args__, type(sys.flags).n_fields)
t = time.gmtime(0)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t.__reduce__())
print(pickle.loads(pickle.dumps(t)) == t, copy.copy(t).tm_zone)
print(time.struct_time((1,)*9).tm_zone, time.struct_time((1,)*11).tm_zone, time.struct_time((1,)*9, {'tm_zone': 'X'}).tm_zone)
for a in [((1,)*8,), ((1,)*12,), (5,), ((1,)*9, 3)]:
    try: time.struct_time(*a)
    except TypeError as e: print(e)
print(type(time.struct_time.tm_year), time.struct_time.tm_year.__doc__, time.struct_time.n_fields, time.struct_time.__match_args__)
print(sys.float_info.__reduce__()[1][1], type(sys.float_info)(tuple(sys.float_info)) == sys.float_info)
try: type(sys.flags)(tuple(sys.flags))
except TypeError as e: print(e)
print(time.mktime(time.localtime(1000)))
match t:
    case time.struct_time(tm_year=y): print('year', y)
try:
    class X(time.struct_time): pass
except TypeError as e: print(e)
