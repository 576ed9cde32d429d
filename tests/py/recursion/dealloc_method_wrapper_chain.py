# Freeing a million nested method-wrappers (each holds the previous one as __self__) must not
# overflow the C++ stack (CPython's test_descr.test_wrapper_segfault).
f = lambda: None
for i in range(1000000):
    f = f.__call__
print(type(f).__name__)
f = None
print("freed")
