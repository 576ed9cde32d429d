# tracemalloc imports and reports that it is not tracing (its default state in CPython):
# nothing traced, no object tracebacks.
import tracemalloc

print(tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_object_traceback(object()))
print(tracemalloc.get_traceback_limit())
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
try:
    tracemalloc.start("x")
except TypeError as e:
    print("TypeError:", e)
