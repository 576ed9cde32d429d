# A coroutine that is never started warns when it is destroyed: "coroutine ... was never
# awaited" (RuntimeWarning), attributed to the code running at that moment.
import gc
import warnings


async def job(n):
    return n


class Holder:
    async def method(self):
        return 1


def drop_in_function():
    job(1)             # dropped at once


drop_in_function()
Holder().method()

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    c = job(2)
    del c
    j = job(3)
    j.close()          # closed before it ran: no warning
    del j
    done = job(4)
    try:
        done.send(None)
    except StopIteration as e:
        print("result", e.value)
    del done           # ran to completion: no warning
    print([(w.category.__name__, str(w.message), w.lineno) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    cyc = [job(5)]
    cyc.append(cyc)
    del cyc
    gc.collect()       # the warning raised in a finalizer is reported as unraisable
print("end")
