# A tiny suite for `krait -m unittest discover` (see tests/cpython/README.md).
import unittest


class ArithTests(unittest.TestCase):
    def test_add(self):
        self.assertEqual(2 + 3, 5)

    def test_pow(self):
        self.assertEqual(2 ** 100 % 7, 2)

    @unittest.skip("demonstrates a skip")
    def test_skipped(self):
        self.fail("not run")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)
