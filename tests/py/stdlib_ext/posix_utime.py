# os.utime (vm/modules/posix_module.cpp): float seconds rounded toward minus infinity, ns,
# and the times/ns errors.
import os, tempfile
d = tempfile.mkdtemp()
f = os.path.join(d, 'f.txt')
with open(f, 'w') as fh:
    fh.write('x')
os.utime(f, (1.5, 2.25)); s = os.stat(f); print(s.st_atime, s.st_mtime, s.st_atime_ns, s.st_mtime_ns, s[7], s[8])
os.utime(f, ns=(10**9 + 7, 3 * 10**9 + 11)); s = os.stat(f); print(s.st_atime_ns, s.st_mtime_ns)
for a, kw in [((f, (1,)), {}), ((f,), {'ns': 5}), ((f, (1, 2)), {'ns': (1, 2)}),
              ((f, (1.0, 'x')), {}), ((f,), {'ns': (1.5, 2)})]:
    try:
        os.utime(*a, **kw)
    except Exception as e:
        print(type(e).__name__, e)
os.utime(f, (-1.25, 0.999999999)); s = os.stat(f); print(s.st_atime_ns, s.st_mtime_ns)
os.utime(f); print(abs(os.stat(f).st_mtime - __import__('time').time()) < 100)
os.remove(f)
os.rmdir(d)
