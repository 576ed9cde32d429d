#!/usr/bin/env python3
"""Runs a directory tree of test scripts under CPython 3.11 and Krait and compares them.

    python3.11 tests/tools/run_corpus.py DIR [--krait build/krait] [-k SUBSTR] [--jobs 2]
    NODE_PATH=/usr/share/nodejs python3.11 tests/tools/run_corpus.py DIR \
        --krait "node build-wasm/krait.js" --timeout-scale 4

The top-level *.py files of each subdirectory of DIR are the tests (helper packages and data
live in deeper folders next to them). Each runs with cwd = its folder, as run_py_tests.py
runs tests/py: stdout, the last non-empty stderr line and the exit status must equal
CPython's. CPython's results are cached in DIR/.cpython_cache.json (keyed by path and
mtime). Prints each failure with its first difference and the pass rate per subdirectory.
Nothing of the corpus itself lives in this repository.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ORACLE = "/usr/bin/python3.11"


def make_env():
    env = dict(os.environ)
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONINSPECT", "PYTHONOPTIMIZE",
                "PYTHONWARNINGS", "PYTHONDEVMODE", "PYTHONSAFEPATH", "PYTHONBREAKPOINT"):
        env.pop(var, None)
    env.update(PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONUTF8="1",
               PYTHONIOENCODING="utf-8")
    env.setdefault("LC_ALL", "C.UTF-8")
    return env


ENV = make_env()


def run(argv, cwd, timeout):
    try:
        p = subprocess.Popen(argv, cwd=cwd, env=ENV, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
    except OSError as e:
        return "", f"cannot run {argv[0]!r}: {e.strerror}", None, False
    timed_out = False
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(p.pid, 9)
        except OSError:
            p.kill()
        out, err = p.communicate()
    return out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), p.returncode, timed_out


def last_line(err):
    for line in reversed(err.splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def first_difference(expected, got):
    a, b = expected.splitlines(), got.splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<EOF>"
        y = b[i] if i < len(b) else "<EOF>"
        if x != y:
            return f"stdout line {i + 1}: cpython={x[:100]!r} krait={y[:100]!r}"
    return "stdout differs"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root")
    ap.add_argument("--krait", default="build/krait")
    ap.add_argument("-k", default="", help="only tests whose DIR-relative path contains this")
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("--timeout-scale", type=float, default=1.0)
    ap.add_argument("--jobs", type=int, default=2)
    opts = ap.parse_args()
    root = os.path.abspath(opts.root)
    krait = [os.path.abspath(a) if "/" in a and not a.startswith("-") else a
             for a in shlex.split(opts.krait)]
    cache_path = os.path.join(root, ".cpython_cache.json")
    try:
        with open(cache_path) as f:
            cache = json.load(f)
    except (OSError, ValueError):
        cache = {}
    tests = []
    for d in sorted(os.listdir(root)):
        dp = os.path.join(root, d)
        if os.path.isdir(dp):
            for name in sorted(os.listdir(dp)):
                rel = d + "/" + name
                if name.endswith(".py") and opts.k in rel:
                    tests.append(rel)

    def one(rel):
        path = os.path.join(root, rel)
        cwd, name = os.path.split(path)
        key = f"{rel}:{os.path.getmtime(path)}"
        if key not in cache:
            out, err, status, _ = run([ORACLE, name], cwd, 60)
            cache[key] = [out, last_line(err), status]
        expected = cache[key]
        out, err, status, timed_out = run(krait + [name], cwd, opts.timeout * opts.timeout_scale)
        got = [out, "TIMEOUT" if timed_out else last_line(err), status]
        return rel, expected, got

    with ThreadPoolExecutor(opts.jobs) as ex:
        results = list(ex.map(one, tests))
    with open(cache_path, "w") as f:
        json.dump(cache, f)
    per_dir = {}
    for rel, expected, got in results:
        ok = expected == got
        counts = per_dir.setdefault(rel.split("/")[0], [0, 0])
        counts[0] += ok
        counts[1] += 1
        if ok:
            continue
        why = []
        if expected[2] != got[2]:
            why.append(f"exit {expected[2]} != {got[2]}")
        if expected[1] != got[1]:
            why.append(f"stderr: cpython={expected[1][:100]!r} krait={got[1][:100]!r}")
        if expected[0] != got[0]:
            why.append(first_difference(expected[0], got[0]))
        print("FAIL", rel, " | ".join(why))
    passed = total = 0
    for d, (a, b) in sorted(per_dir.items()):
        print(f"{d:12s} {a}/{b}")
        passed += a
        total += b
    print(f"TOTAL {passed}/{total} = {100.0 * passed / max(total, 1):.1f}%")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
