# logging: loggers, levels, handlers, formatters, propagation, exceptions, LoggerAdapter.
import io
import logging

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
root = logging.getLogger("app")
root.setLevel(logging.DEBUG)
root.addHandler(h)
child = logging.getLogger("app.db")
child.info("connected to %s:%d", "localhost", 5432)
child.debug("debug %r", {"k": 1})
root.warning("careful")
child.setLevel(logging.ERROR)
child.warning("hidden")
child.error("shown")
try:
    1 / 0
except ZeroDivisionError:
    root.exception("boom")
adapter = logging.LoggerAdapter(root, {"user": "ann"})
adapter.info("adapted")
filt = logging.Filter("app.db")
h.addFilter(filt)
root.info("filtered out")
child.critical("kept")
lines = buf.getvalue().splitlines()
print("\n".join(line for line in lines if not line.startswith("  File")))
print(logging.getLevelName(logging.WARNING), logging.getLevelName(15), root.isEnabledFor(logging.DEBUG),
      child.getEffectiveLevel(), logging.getLogger("app.db") is child)
rec = logging.LogRecord("n", logging.INFO, "p.py", 3, "m %s", ("x",), None)
print(rec.getMessage(), rec.levelname, logging.Formatter("%(name)s|%(lineno)d|%(message)s").format(rec))
