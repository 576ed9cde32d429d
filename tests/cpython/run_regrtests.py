#!/usr/bin/python3.11
"""Runs selected CPython 3.11 regression test files (the `test` package of the installed Lib,
Debian's libpython3.11-testsuite) under Krait with unittest, one process per file.

Each file is run as `KRAIT tests/cpython/regrtest_driver.py test.NAME -v` with a timeout; the
driver prints a summary line (tests run, failures, errors, skipped, expected failures,
unexpected successes). A file whose process dies or times out before the summary is reported
as CRASH/TIMEOUT, with the tests that had already reported `ok` counted as passed.

tests/cpython/expected.txt lists the files and, per file, what must hold:
    test_list    all       # every test that runs passes (skips allowed), no crash
    test_dict    120       # at least 120 tests pass
    test_set     600 slow  # `slow`: left out by --skip-slow (the ctest entry)
A file falls short of its line -> FAIL (regression) and exit status 1. The table and the
closing line 'N passed, N failed' count files against expected.txt.

Usage: run_regrtests.py [--krait CMD] [--jobs 2] [-k SUBSTR] [--timeout 300] [--skip-slow] [-v]
                        [--update-expected] [--oracle]   (see --help)
"""

import argparse
import concurrent.futures
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DRIVER = os.path.join(HERE, "regrtest_driver.py")
EXPECTED = os.path.join(HERE, "expected.txt")
ORACLE = "/usr/bin/python3.11"
SUMMARY_RE = re.compile(r"^KRAIT-REGRTEST run=(\d+) failures=(\d+) errors=(\d+) skipped=(\d+)"
                        r" xfail=(\d+) xpass=(\d+)\s*$", re.M)
# unittest's verbose per-test lines: "test_x (test.test_y.C.test_x) ... ok"; the outcome may
# follow on a later line when the test printed something.
OUTCOME_RE = re.compile(r"\.\.\. (ok|FAIL|ERROR|skipped|expected failure|unexpected success)\b")


class Expect:
    def __init__(self, name, need, slow, comment, line):
        self.name = name      # e.g. "test_list"
        self.need = need      # "all" or an int (minimum number of passing tests)
        self.slow = slow      # takes long: skipped by --skip-slow
        self.comment = comment
        self.line = line


def read_expected(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            text, _, comment = raw.partition("#")
            parts = text.split()
            if not parts:
                continue
            if (len(parts) not in (2, 3) or not (parts[1] == "all" or parts[1].isdigit())
                    or (len(parts) == 3 and parts[2] != "slow")):
                sys.exit("%s:%d: expected 'test_NAME all|N [slow]', got %r"
                         % (path, lineno, raw.strip()))
            need = parts[1] if parts[1] == "all" else int(parts[1])
            out.append(Expect(parts[0], need, len(parts) == 3, comment.strip(), lineno))
    return out


class Outcome:
    def __init__(self):
        self.status = "OK"  # OK, FAILED (some tests failed), CRASH, TIMEOUT, NOSTART
        self.run = self.failures = self.errors = self.skipped = 0
        self.xfail = self.xpass = 0
        self.seconds = 0.0
        self.detail = ""  # tail of stderr for failures / crashes

    @property
    def failed(self):
        return self.failures + self.errors + self.xpass

    @property
    def passed(self):
        return max(0, self.run - self.skipped - self.failed)


def run_one(cmd, name, timeout):
    out = Outcome()
    argv = cmd + [DRIVER, "test." + name, "-v"]
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env.pop("PYTHONPATH", None)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="krait-regrtest-") as cwd:
        try:
            p = subprocess.run(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
            stdout = p.stdout.decode("utf-8", "replace")
            stderr = p.stderr.decode("utf-8", "replace")
            code = p.returncode
            timed_out = False
        except subprocess.TimeoutExpired as e:
            stdout = (e.stdout or b"").decode("utf-8", "replace")
            stderr = (e.stderr or b"").decode("utf-8", "replace")
            code = None
            timed_out = True
        except OSError as e:
            out.status = "NOSTART"
            out.detail = str(e)
            return out
    out.seconds = time.monotonic() - start
    m = None
    for m in SUMMARY_RE.finditer(stdout):
        pass
    if m and not timed_out:
        (out.run, out.failures, out.errors, out.skipped, out.xfail,
         out.xpass) = (int(g) for g in m.groups())
        out.status = "OK" if out.failed == 0 else "FAILED"
        if out.failed:
            out.detail = stderr[-6000:]
        return out
    # No summary: count what the verbose lines reported before the process ended.
    for o in OUTCOME_RE.findall(stderr):
        out.run += 1
        if o == "FAIL":
            out.failures += 1
        elif o == "ERROR":
            out.errors += 1
        elif o == "skipped":
            out.skipped += 1
        elif o == "expected failure":
            out.xfail += 1
        elif o == "unexpected success":
            out.xpass += 1
    out.status = "TIMEOUT" if timed_out else "CRASH"
    tail = stderr[-6000:]
    if not timed_out:
        tail += "\n[exit status %s]" % code
    out.detail = tail
    return out


def meets(exp, out):
    if exp.need == "all":
        return out.status == "OK" and out.run > 0
    return out.passed >= exp.need


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--krait", default=os.path.join(REPO, "build", "krait"),
                    help="command that runs Krait (default: build/krait)")
    ap.add_argument("--oracle", action="store_true",
                    help="run the files under CPython 3.11 instead (reference numbers)")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--filter", "-k", action="append", default=[],
                    help="only files whose name contains SUBSTR (repeatable)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per file")
    ap.add_argument("--timeout-scale", type=float, default=1.0)
    ap.add_argument("--expected", default=EXPECTED)
    ap.add_argument("--skip-slow", action="store_true",
                    help="leave out the files marked `slow` in expected.txt")
    ap.add_argument("--update-expected", action="store_true",
                    help="raise the numbers in expected.txt to the current results (never lowers)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print the unittest report tail of files that fail or crash")
    args = ap.parse_args()

    cmd = [ORACLE] if args.oracle else shlex.split(args.krait)
    # Each file runs in a temporary directory: a relative program path is made absolute.
    if os.path.exists(cmd[0]):
        cmd[0] = os.path.abspath(cmd[0])
    expects = read_expected(args.expected)
    if args.filter:
        expects = [e for e in expects if any(s in e.name for s in args.filter)]
    if args.skip_slow:
        expects = [e for e in expects if not e.slow]
    timeout = args.timeout * args.timeout_scale

    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futs = {pool.submit(run_one, cmd, e.name, timeout): e for e in expects}
        for fut in concurrent.futures.as_completed(futs):
            results[futs[fut].name] = fut.result()

    header = "%-24s %-8s %5s %6s %6s %6s %7s %7s %8s  %s" % (
        "file", "status", "run", "passed", "failed", "errors", "skipped", "secs", "expected",
        "verdict")
    print(header)
    print("-" * len(header))
    n_ok = n_bad = 0
    tot = Outcome()
    complete = 0
    for e in expects:
        o = results[e.name]
        good = meets(e, o)
        if good:
            n_ok += 1
        else:
            n_bad += 1
        if o.status == "OK" and o.run > 0:
            complete += 1
        tot.run += o.run
        tot.failures += o.failures
        tot.errors += o.errors
        tot.skipped += o.skipped
        tot.xpass += o.xpass
        verdict = "ok" if good else "FAIL (regression)"
        print("%-24s %-8s %5d %6d %6d %6d %7d %7.1f %8s  %s" % (
            e.name, o.status, o.run, o.passed, o.failures + o.xpass, o.errors, o.skipped,
            o.seconds, e.need, verdict))
        if args.verbose and (o.status != "OK" or not good) and o.detail:
            print("    | " + "\n    | ".join(o.detail.rstrip().splitlines()[-40:]))
    print("-" * len(header))
    print("%-24s %-8s %5d %6d %6d %6d %7d" % (
        "total", "", tot.run, tot.passed, tot.failures + tot.xpass, tot.errors, tot.skipped))
    print("%d of %d files pass completely" % (complete, len(expects)))

    if args.update_expected:
        update_expected(args.expected, results)
    print("%d passed, %d failed" % (n_ok, n_bad))
    return 1 if n_bad else 0


def update_expected(path, results):
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    new = []
    for raw in lines:
        text, hash_, comment = raw.partition("#")
        parts = text.split()
        if len(parts) in (2, 3) and parts[0] in results:
            o = results[parts[0]]
            old = parts[1]
            if o.status == "OK" and o.run > 0:
                val = "all"
            elif old == "all" or o.status == "TIMEOUT":
                val = old  # never lower; a run cut short by the timeout proves nothing
            else:
                val = str(max(int(old), o.passed))
            body = "%-24s %s" % (parts[0], val)
            if len(parts) == 3:
                body += " " + parts[2]
            raw = (body + ("  #" + comment if hash_ else "")).rstrip() + "\n"
        new.append(raw)
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(new)


if __name__ == "__main__":
    sys.exit(main())
