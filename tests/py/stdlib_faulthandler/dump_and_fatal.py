# faulthandler: dump_traceback (current thread / all threads, fd or file object, argument
# errors), enable/disable/is_enabled, dump_traceback_later (timeout header, cancel, exit=True)
# and the report a fatal signal writes (in child processes). Thread ids are masked.
import faulthandler
import os
import re
import subprocess
import sys
import tempfile
import threading
import time


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

# Another thread blocked in a wait shows up in an all-threads dump.
ready = threading.Event()
release = threading.Event()


def worker():
    ready.set()
    release.wait()


t = threading.Thread(target=worker)
t.start()
ready.wait()
report = dump_to_file(faulthandler.dump_traceback)
release.set()
t.join()
blocks = report.strip().split('\n\n')
print(len(blocks), sorted(b.splitlines()[0] for b in blocks))
print(any('in worker' in b for b in blocks))

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

for timeout in [0, -1, float('nan'), 'a', 1e-9, 2]:
    try:
        faulthandler.dump_traceback_later(timeout)
        faulthandler.cancel_dump_traceback_later()
        print('ok', timeout)
    except Exception as e:
        print(type(e).__name__, e)

with open(path, 'w+') as f:
    faulthandler.dump_traceback_later(0.05, file=f)
    time.sleep(0.5)
    faulthandler.cancel_dump_traceback_later()
    f.seek(0)
    print(masked(f.read()), end='')

with open(path, 'w+') as f:
    faulthandler.dump_traceback_later(1.5, file=f)
    faulthandler.cancel_dump_traceback_later()
    time.sleep(0.1)
    f.seek(0)
    print(repr(f.read()))
os.unlink(path)

code = ("import faulthandler\nfaulthandler.enable()\n"
        "def g():\n    faulthandler._sigsegv()\ng()\n")
variants = [code, code.replace('_sigsegv', '_sigabrt'), code.replace('_sigsegv', '_sigfpe'),
            code.replace('enable()', 'enable(all_threads=False)')]
for c in variants:
    p = subprocess.run([sys.executable, '-c', c], capture_output=True, text=True)
    lines = [masked(l) for l in p.stderr.splitlines()
             if l.startswith(('Fatal', '  File', 'Current', 'Stack', 'Thread'))]
    print(p.returncode != 0, lines)

p = subprocess.run([sys.executable, '-c',
                    "import faulthandler, time\n"
                    "faulthandler.dump_traceback_later(0.1, exit=True)\n"
                    "time.sleep(5)\nprint('not reached')"],
                   capture_output=True, text=True)
print(p.returncode, repr(p.stdout), [masked(l) for l in p.stderr.splitlines()])
