# os.link (hard links) and os.mkfifo.
import os, tempfile, stat
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    with open(p, "w") as f: f.write("hello")
    os.link(p, p + "2"); print(os.stat(p).st_nlink, open(p + "2").read())
    os.mkfifo(os.path.join(d, "fifo")); print(stat.S_ISFIFO(os.stat(os.path.join(d, "fifo")).st_mode))
    for bad in [lambda: os.link(p, p + "2"), lambda: os.link(p, os.fsencode(p + "b")),
                lambda: os.mkfifo(os.path.join(d, "fifo"))]:
        try: bad()
        except Exception as e: print(type(e).__name__, str(e).replace(d, "D"))
    print(sorted(os.listdir(d)))
