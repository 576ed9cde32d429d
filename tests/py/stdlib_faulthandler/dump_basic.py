# faulthandler without threads or child processes (runs on wasm/WASI too): dump_traceback of
# the current thread / all threads to a file object or an fd, enable/disable/is_enabled, and
# the argument errors. Thread ids are masked.
import faulthandler
import os
import re
import sys
import tempfile


def masked(text):
    return re.sub(r'0x[0-9a-f]+', '0xX', text)


fd, path = tempfile.mkstemp()
os.close(fd)


def dump_to_file(fn, **kw):
    with open(path, 'w+') as f:
        fn(file=f, **kw)
        f.seek(0)
        return masked(f.read())


def dump_to_fd(**kw):
    with open(path, 'w+') as f:
        faulthandler.dump_traceback(f.fileno(), **kw)
        f.seek(0)
        return masked(f.read())


print(faulthandler.is_enabled())
faulthandler.enable(file=sys.stderr)
print(faulthandler.is_enabled())


def inner():
    return dump_to_file(faulthandler.dump_traceback, all_threads=False)


def outer():
    return inner()


print(outer(), end='')
print(dump_to_file(faulthandler.dump_traceback), end='')
print(dump_to_fd(all_threads=False), end='')

print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())

for bad in [-1, 'x']:
    try:
        faulthandler.dump_traceback(bad)
    except Exception as e:
        print(type(e).__name__, e)


class NoFd:
    def fileno(self):
        return 'no'


try:
    faulthandler.dump_traceback(NoFd())
except Exception as e:
    print(type(e).__name__, e)

os.unlink(path)
