# Runs one CPython regression test module under the interpreter that executes this file
# (Krait, or CPython itself as a reference) with unittest, then prints one summary line:
#   KRAIT-REGRTEST run=N failures=N errors=N skipped=N xfail=N xpass=N
# Usage: krait regrtest_driver.py test.test_list [-v]
# The summary goes to stdout last; unittest's own report goes to stderr as usual.
import sys
import unittest


def main(argv):
    verbosity = 2 if "-v" in argv else 1
    names = [a for a in argv if not a.startswith("-")]
    if len(names) != 1:
        print("usage: regrtest_driver.py test.test_NAME [-v]", file=sys.stderr)
        return 2
    name = names[0]
    loader = unittest.TestLoader()
    # The module's load_tests protocol is honoured by loadTestsFromName, as in
    # `python -m unittest test.test_NAME`.
    suite = loader.loadTestsFromName(name)
    runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=verbosity)
    result = runner.run(suite)
    sys.stderr.flush()
    print("KRAIT-REGRTEST run=%d failures=%d errors=%d skipped=%d xfail=%d xpass=%d" % (
        result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
        len(result.expectedFailures), len(result.unexpectedSuccesses)))
    sys.stdout.flush()
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
