# A tiny suite for `krait -m unittest discover` (see tests/cpython/README.md).
import unittest


class TextTests(unittest.TestCase):
    def test_upper(self):
        self.assertEqual("krait".upper(), "KRAIT")

    def test_split(self):
        with self.subTest("comma"):
            self.assertEqual("a,b".split(","), ["a", "b"])
        with self.assertRaises(ValueError):
            int("x")


def helper_not_a_test():
    return 1
