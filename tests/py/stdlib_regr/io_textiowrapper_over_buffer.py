# io.TextIOWrapper built over a binary file from open() (as tokenize.open and linecache do);
# linecache and traceback need it to show source lines.
import io
import linecache
import sys
import tokenize
import traceback

with open(__file__, "rb") as raw:
    t = io.TextIOWrapper(raw, "utf-8", line_buffering=True)
    print(type(t).__name__, t.encoding, t.line_buffering, t.buffer is raw)
    print(repr(t.readline()))
    print(repr(t.readline()))
    print(len(t.read().splitlines()) > 10)
    t.close()
    print(raw.closed)

with tokenize.open(__file__) as f:
    print(f.encoding, repr(f.readline()))

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 4)))


def fails():
    return 1 / 0


try:
    fails()
except ZeroDivisionError:
    text = traceback.format_exc()
    print([line.strip() for line in text.splitlines() if "1 / 0" in line or "fails()" in line])

try:
    io.TextIOWrapper(raw)
except ValueError as e:
    print("ValueError", e)
for bad in [dict(encoding=5), dict(newline="x")]:
    try:
        with open(__file__, "rb") as r2:
            io.TextIOWrapper(r2, **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
sys.stdout.flush()
