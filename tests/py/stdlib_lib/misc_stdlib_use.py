# uuid, unittest (a small suite run programmatically), copy, weakref and queue in ordinary use.
import copy
import io
import queue
import unittest
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, u.hex, u.int, u.version, u.urn, uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"),
      uuid.uuid3(uuid.NAMESPACE_URL, "http://x"), uuid.UUID(bytes=u.bytes) == u)
r = uuid.uuid4()
print(r.version, len(str(r)), uuid.UUID(str(r)) == r)


class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(sum([1, 2]), 3)

    def test_fail(self):
        self.assertIn(4, [1, 2, 3])

    def test_error(self):
        raise KeyError("k")

    @unittest.skip("later")
    def test_skip(self):
        pass

    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful())
print([line for line in stream.getvalue().splitlines() if line.startswith(("FAIL", "ERROR", "AssertionError", "KeyError"))])
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(9)
print(b, c, b[1] is a[1], c[2] is a[2])
q = queue.PriorityQueue()
for x in (5, 1, 3):
    q.put(x)
print([q.get() for _ in range(3)], q.empty())
lq = queue.LifoQueue()
lq.put(1)
lq.put(2)
print(lq.get(), lq.qsize())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print("empty")
