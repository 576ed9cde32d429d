# posix natively (vm/modules/posix_module.cpp): os.stat_result as a struct sequence, fspath,
# CPython's path-argument errors, scandir/DirEntry, utime, the W*() functions, uname/times.
import os, sys, pickle, copy, stat as statmod, tempfile, pathlib
d = tempfile.mkdtemp()
_print = print
def print(*a):
    _print(*(str(x).replace(d, 'D') for x in a))
f = os.path.join(d, 'f.txt')
with open(f, 'w') as fh: fh.write('hello')
s = os.stat(f)
print(type(s), len(s), s.st_size, s[6], s.st_mode == s[0], statmod.S_ISREG(s.st_mode))
print(isinstance(s.st_atime, float), isinstance(s[7], int), s.st_mtime_ns // 10**9 == s[8])
print(type(s).n_fields, type(s).n_sequence_fields, type(s).n_unnamed_fields, type(s).__match_args__)
r = s.__reduce__()
print(r[0] is os.stat_result, len(r[1][0]), sorted(r[1][1]))
print(pickle.loads(pickle.dumps(s)) == s, copy.copy(s).st_mtime_ns == s.st_mtime_ns)
print(s == tuple(s), s[:3] == tuple(s)[:3], hash(s) == hash(tuple(s)))
rp = repr(os.stat_result(range(10)))
print(rp)
x = os.stat_result(range(10), {'st_atime_ns': 5})
print(x.st_atime, x.st_atime_ns, x.st_blksize, x.st_mtime)
for a in [(range(9),), (range(20),), (5,), (range(10), 3)]:
    try: os.stat_result(*a)
    except TypeError as e: print('TypeError', e)
try: s.st_mode = 1
except AttributeError as e: print('AttributeError', e)
try:
    class Y(os.stat_result): pass
except TypeError as e: print(e)
print(os.stat_result.st_mode.__doc__, os.stat_result.__module__, os.terminal_size.__module__, os.uname_result.__module__, os.times_result.__module__)
print(os.terminal_size((3, 4)), os.terminal_size((3, 4)).lines)
print(os.stat(pathlib.Path(f)).st_size, os.stat(f.encode()).st_size, os.lstat(f).st_size)
fd = os.open(f, os.O_RDONLY); print(os.fstat(fd).st_size, os.stat(fd).st_size); os.close(fd)
class P:
    def __init__(s, p): s.p = p
    def __fspath__(s): return s.p
print(os.fspath(P('abc')), os.fspath(P(b'abc')), os.fspath('x'), os.fspath(path=b'y'))
for bad in [3, P(3), None, [1]]:
    try: os.fspath(bad)
    except TypeError as e: print('TypeError', e)
for fn, args in [(os.stat, ([],)), (os.mkdir, (3,)), (os.listdir, ([],)), (os.stat, ('a\0b',)), (os.stat, (b'a\0b',)),
                 (os.putenv, (3, 'x')), (os.rename, ([], 'x')), (os.rename, ('x', [])), (os.scandir, (3.0,)),
                 (os.readlink, ([],)), (os.access, ([], 1)), (os.utime, ([],)), (os.open, ([], 0)), (os.stat, (P(3),)),
                 (os.stat, ('/nonexistent/x',)), (os.stat, (pathlib.Path('/nonexistent/x'),)), (os.rename, ('/nonexistent/a', '/nonexistent/b')),
                 (os.listdir, ('/nonexistent',)), (os.rmdir, ('/nonexistent',)), (os.unlink, (b'/nonexistent',)),
                 (os.utime, (f, (1, 2), )), (os.readlink, (f,)), (os.mkdir, (d,)), (os.fspath, ()), (os.stat, ()),
                 (os.symlink, ('/nonexistent/a', '/nonexistent/b'))]:
    try:
        r = fn(*args)
        print(fn.__name__, 'ok', r)
    except OSError as e:
        # Not str(e): errno numbers differ under Emscripten and WASI.
        print(fn.__name__, type(e).__name__, e.strerror, e.filename, e.filename2)
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
try: os.stat(3, follow_symlinks=False)
except ValueError as e: print(e)
for a, kw in [((f, (1,)), {}), ((f,), {'ns': 5}), ((f, (1, 2)), {'ns': (1, 2)})]:
    try: os.utime(*a, **kw)
    except Exception as e: print(type(e).__name__, e)
os.mkdir(os.path.join(d, 'sub'))
os.symlink(f, os.path.join(d, 'link'))
print(sorted(os.listdir(d)), sorted(os.listdir(d.encode())))
with os.scandir(d) as it:
    ents = sorted(it, key=lambda e: e.name)
for e in ents:
    print(repr(e), e.name, e.path == os.path.join(d, e.name), e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False), e.stat().st_size == os.stat(e.path).st_size, e.inode() == os.lstat(e.path).st_ino, os.fspath(e) == e.path)
print([type(e.name) for e in os.scandir(d.encode())][:1])
it = os.scandir(d); it.close(); print(list(it))
try: os.DirEntry()
except TypeError as e: print(e)
print(os.DirEntry[int])
old = os.getcwd(); os.chdir(d); print(sorted(e.path for e in os.scandir())); print(sorted(os.listdir())); os.chdir(old)
os.rename(f, f + '2'); print(os.path.exists(f + '2')); os.replace(f + '2', f)
os.unlink(os.path.join(d, 'link')); os.rmdir(os.path.join(d, 'sub')); os.remove(f); os.rmdir(d)
print(os.WIFEXITED(256), os.WEXITSTATUS(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFCONTINUED(0xffff), os.WCOREDUMP(0x80), os.WIFSIGNALED(0x7f))
print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9), os.waitstatus_to_exitcode(status=0))
for st in [0x7f, 0x137f]:
    try: os.waitstatus_to_exitcode(st)
    except ValueError as e: print(e)
for kw in [{}, {'before': 3}, {'after_in_child': print}]:
    try: print(os.register_at_fork(**kw))
    except TypeError as e: print(e)
u = os.uname(); print(type(u).__name__, len(u), u.sysname == u[0], repr(u).startswith('posix.uname_result(sysname='))
t = os.times(); print(type(t).__name__, len(t), repr(t).startswith('posix.times_result(user='))
print(os.error is OSError, os.F_OK, os.W_OK, os.SEEK_END, os.WNOHANG)
os.putenv('KRAIT_T', 'v'); os.unsetenv('KRAIT_T')
try: os.putenv('A=B', 'x')
except ValueError as e: print(e)
print(isinstance(os.environ, os._Environ), 'PATH' in os.environ)
print(statmod.filemode(os.stat('/').st_mode))
match os.stat_result(range(10)):
    case os.stat_result(st_mode=m, st_ino=i): print('match', m, i)
