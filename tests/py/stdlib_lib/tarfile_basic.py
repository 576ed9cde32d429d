# tarfile: writing and extracting archives (BufferedReader subclasses over Python raw objects,
# os.chown/chmod/utime while extracting).
import io, tarfile, os, tempfile
class R(io.BufferedReader):
    def __init__(self, data):
        super().__init__(io.BytesIO(data))
        self.tag = "mine"
r = R(b"sub\nclass")
print(r.readline(), r.tag, type(r).__name__, isinstance(r, io.BufferedReader))
u = io.BufferedReader.__new__(io.BufferedReader)
try: u.read()
except ValueError as e: print(e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "a.tar")
    src = os.path.join(d, "hello.txt")
    with open(src, "w") as f: f.write("hello tar\n" * 3)
    with tarfile.open(p, "w") as t:
        t.add(src, arcname="hello.txt")
        data = b"in-memory member"
        info = tarfile.TarInfo("mem.bin"); info.size = len(data)
        t.addfile(info, io.BytesIO(data))
    with tarfile.open(p) as t:
        print(t.getnames())
        print(t.extractfile("hello.txt").read())
        f = t.extractfile("mem.bin")
        print(f.read(2), f.readline(), type(f).__name__)
        t.extractall(os.path.join(d, "out"))
    print(sorted(os.listdir(os.path.join(d, "out"))))
