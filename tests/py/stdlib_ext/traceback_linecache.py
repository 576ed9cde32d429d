# traceback and linecache read source lines through tokenize.open, i.e. io.TextIOWrapper over
# a binary file; asyncio and logging format exceptions the same way.
import io
import linecache
import logging
import sys
import tokenize
import traceback

HERE = __file__


def clean(text):
    return text.replace(HERE, "<this file>")


def inner(x):
    return 10 // x


def outer():
    return inner(0)


try:
    outer()
except ZeroDivisionError:
    print(clean(traceback.format_exc()))
    etype, value, tb = sys.exc_info()
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print(clean("".join(traceback.format_exception(etype, value, tb, limit=1))))
    traceback.print_exc(file=sys.stdout)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(clean("".join(traceback.format_exception(e))))

print(repr(linecache.getline(HERE, 1)))
print(repr(linecache.getline(HERE, 10 ** 6)), linecache.getlines("/nonexistent/file.py"))

with tokenize.open(HERE) as f:
    print(type(f).__name__, f.encoding, f.mode, repr(f.readline()))

raw = open(HERE, "rb")
text = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(text.readline()), text.encoding, text.buffer is raw)
print(sum(1 for _ in text) > 10)
text.close()
print(raw.closed)
try:
    io.TextIOWrapper()
except TypeError as e:
    print("TypeError:", e)

logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("demo")
try:
    outer()
except ZeroDivisionError:
    log.exception("failed")
