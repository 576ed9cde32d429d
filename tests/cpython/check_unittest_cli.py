#!/usr/bin/python3.11
"""Checks `krait -m ...` against CPython 3.11: `-m unittest` (discovery, named modules),
`-m package` (its __main__), `-m package.module` and the error messages for modules that
cannot run. Output (stdout + stderr) must match once timings and the executable's path are
normalised. Usage: check_unittest_cli.py --krait CMD. Exit status 1 on any difference."""

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "discover_sample")
MRUN = os.path.join(HERE, "mrun_sample")
ORACLE = "/usr/bin/python3.11"

# (cwd, arguments after the interpreter)
CASES = [
    (HERE, ["-m", "unittest", "discover", "-s", SAMPLE, "-v"]),
    (HERE, ["-m", "unittest", "discover", "-s", SAMPLE, "-p", "*_text.py"]),
    (SAMPLE, ["-m", "unittest", "-v", "test_sample_arith"]),
    (SAMPLE, ["-m", "unittest", "test_sample_text.TextTests.test_upper"]),
    (SAMPLE, ["-m", "unittest"]),
    (MRUN, ["-m", "mpkg", "a", "b"]),
    (MRUN, ["-m", "mpkg.mod", "x"]),
    (MRUN, ["-m", "mpkg.missing"]),
    (MRUN, ["-m", "no_such_module_xyz"]),
    (MRUN, ["-m", "no_such_pkg_xyz.sub"]),
    (MRUN, ["-m", "json"]),
    (MRUN, ["-m", "sys"]),
    (MRUN, ["-m", "mpkg.mod.sub"]),
]


def normalise(text, exe):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", text)
    text = text.replace(exe + ":", "EXE:")
    return text


def run(cmd, cwd, args):
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PYTHONHASHSEED"] = "0"
    p = subprocess.run(cmd + ["-B"] * (cmd == [ORACLE]) + args, cwd=cwd, env=env,
                       stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    args = ap.parse_args()
    kcmd = shlex.split(args.krait)
    # The cases run in other directories: a relative program path is made absolute.
    if os.path.exists(kcmd[0]):
        kcmd[0] = os.path.abspath(kcmd[0])
    bad = 0
    for cwd, argv in CASES:
        oc, oo, oe = run([ORACLE], cwd, argv)
        kc, ko, ke = run(kcmd, cwd, argv)
        want = "status %d\n--stdout--\n%s--stderr--\n%s" % (oc, oo, normalise(oe, ORACLE))
        got = "status %d\n--stdout--\n%s--stderr--\n%s" % (kc, ko, normalise(ke, kcmd[-1]))
        label = " ".join(argv)
        if want == got:
            print("PASS", label)
        else:
            bad += 1
            print("FAIL", label)
            sys.stdout.writelines(difflib.unified_diff(
                want.splitlines(True), got.splitlines(True), "cpython", "krait"))
    print("%d passed, %d failed" % (len(CASES) - bad, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
