# os.chmod/fchmod/chown/lchown/truncate/fsync/fdatasync/sync and what shutil and
# os.supports_fd build on them (hard links and FIFOs: posix_link_fifo.py).
import os, tempfile, shutil, stat
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    with open(p, "w") as f: f.write("hello")
    os.chmod(p, 0o600); print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    fd = os.open(p, os.O_RDWR); os.fchmod(fd, 0o640); print(oct(stat.S_IMODE(os.fstat(fd).st_mode)))
    os.chmod(fd, 0o644); os.fsync(fd); os.fdatasync(fd)
    with open(p) as f: os.fsync(f)
    os.close(fd)
    print(oct(stat.S_IMODE(os.stat(p).st_mode)))
    os.chown(p, -1, -1); os.lchown(p, os.getuid(), -1)
    os.truncate(p, 2); print(open(p).read())
    shutil.copy(p, p + "3"); shutil.copy2(p, p + "4"); print(sorted(os.listdir(d)))
    shutil.copytree(d, d + "_t"); print(sorted(os.listdir(d + "_t"))); shutil.rmtree(d + "_t")
    for bad in [lambda: os.fsync("x"), lambda: os.chown(p, "a", 1),
                lambda: os.chmod(os.path.join(d, "missing"), 0o600), lambda: os.fsync(-1)]:
        try: bad()
        except Exception as e: print(type(e).__name__, str(e).replace(d, "D"))
    os.sync()
print(os.chmod in os.supports_fd, os.chown in os.supports_fd, os.truncate in os.supports_fd)
