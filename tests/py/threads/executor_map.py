# concurrent.futures.ThreadPoolExecutor: map, submit, as_completed, exceptions.
import concurrent.futures as cf


def square(x):
    return x * x


def fail(x):
    raise KeyError(x)


with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(20))))
    futs = [ex.submit(square, i) for i in range(10)]
    print(sorted(f.result() for f in cf.as_completed(futs)))
    f = ex.submit(fail, "k")
    try:
        f.result()
    except KeyError as e:
        print("KeyError", e, type(f.exception()).__name__)
    done, pending = cf.wait([ex.submit(square, 7)])
    print(len(done), len(pending))
print("shutdown ok")
