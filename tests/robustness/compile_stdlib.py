#!/usr/bin/python3.11
"""Robustness check: Krait compiles every .py file under a directory without crashing.

Runs Krait on a small driver that calls compile(open(f).read(), f, 'exec') on each file inside a
try and prints one line per file ("OK f", "ERR f Type: msg"). If Krait dies (signal, abort),
the file being compiled is reported as a crash and the run resumes after it. The outcome of each
file is compared with CPython's (compile succeeded or which exception type).

With --mutate N, each file is also compiled in N randomly damaged versions (truncated, a span
deleted, a span duplicated, a random token inserted; seeded, so runs are repeatable): Krait must
not crash on those either.

Usage: compile_stdlib.py --krait build/krait [--root /usr/lib/python3.11] [--mode exec]
                         [--mutate N] [--seed S] [--limit FILES]
Exit status 1 if Krait crashed on any file.
"""

import argparse
import os
import random
import subprocess
import sys
import tempfile

DRIVER = r'''
import sys
files = open(sys.argv[1], encoding="utf-8").read().split("\n")
mode = sys.argv[2]
for f in files:
    if not f:
        continue
    print("START", f, flush=True)
    try:
        with open(f, "rb") as fh:
            src = fh.read()
        compile(src, f, mode)
        print("OK", f, flush=True)
    except BaseException as e:
        msg = str(e).replace("\n", " ")[:200]
        print("ERR", f, type(e).__name__ + ":", msg, flush=True)
'''


def outcome_cpython(path, mode):
    try:
        with open(path, "rb") as fh:
            src = fh.read()
        compile(src, path, mode)
        return "OK"
    except BaseException as e:   # noqa: BLE001 - we record every failure
        return type(e).__name__


JUNK = ["(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "\\\n", "'", '"', '"""', "f'{",
        "lambda", "yield", "await", "*", "**", "=", ":=", "->", "@", ",", "if", "else", "def ",
        "class ", "\x00", "\xff", "\xe2\x82", "#", "0x", "1e", "1_", "\\N{", "async ",
        "match ", "case ", "global x", "nonlocal x", "return", "break", "try:", "except*"]


def mutate(src, rnd):
    n = len(src)
    if n == 0:
        return src
    k = rnd.randrange(4)
    a = rnd.randrange(n)
    b = min(n, a + rnd.randrange(1, 200))
    if k == 0:
        return src[:a]
    if k == 1:
        return src[:a] + src[b:]
    if k == 2:
        return src[:b] + src[a:b] + src[b:]
    junk = rnd.choice(JUNK)
    return src[:a] + junk.encode("latin-1") + src[a:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--root", default="/usr/lib/python3.11")
    ap.add_argument("--mode", default="exec")
    ap.add_argument("--timeout", type=float, default=600.0)
    ap.add_argument("--mutate", type=int, default=0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--keep", help="write the mutants to this directory and keep them")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()

    files = []
    for d, _, names in os.walk(args.root):
        for n in sorted(names):
            if n.endswith(".py"):
                files.append(os.path.join(d, n))
    files.sort()
    if args.limit:
        files = files[:args.limit]

    with tempfile.TemporaryDirectory() as tmp:
        if args.mutate:
            rnd = random.Random(args.seed)
            mdir = args.keep or os.path.join(tmp, "mutants")
            os.makedirs(mdir, exist_ok=True)
            mutants = []
            for i, f in enumerate(files):
                with open(f, "rb") as fh:
                    src = fh.read()
                for j in range(args.mutate):
                    m = os.path.join(mdir, "m%05d_%d.py" % (i, j))
                    with open(m, "wb") as fh:
                        fh.write(mutate(src, rnd))
                    mutants.append(m)
            files = files + mutants
        driver = os.path.join(tmp, "driver.py")
        with open(driver, "w") as fh:
            fh.write(DRIVER)
        results = {}
        crashes = []
        pending = files
        while pending:
            lst = os.path.join(tmp, "files.txt")
            with open(lst, "w", encoding="utf-8") as fh:
                fh.write("\n".join(pending))
            try:
                p = subprocess.run([args.krait, driver, lst, args.mode], capture_output=True,
                                   timeout=args.timeout)
                out, rc = p.stdout, p.returncode
            except subprocess.TimeoutExpired as e:
                out, rc = e.stdout or b"", "timeout"
            current = None
            for line in out.decode("utf-8", "replace").splitlines():
                kind, _, rest = line.partition(" ")
                if kind == "START":
                    current = rest
                elif kind in ("OK", "ERR") and current is not None:
                    results[current] = "OK" if kind == "OK" else rest[len(current) + 1:]
                    current = None
            if current is not None:   # died while compiling `current`
                crashes.append((current, rc))
                results[current] = "CRASH(%s)" % rc
                pending = pending[pending.index(current) + 1:]
            elif rc != 0:
                crashes.append(("<driver>", rc))
                break
            else:
                pending = []
        mismatches = 0
        for f in files:
            k = results.get(f, "MISSING")
            c = outcome_cpython(f, args.mode)
            kk = "OK" if k == "OK" else k.split(":")[0]
            if kk != c:
                mismatches += 1
                if args.v or k.startswith("CRASH"):
                    print("MISMATCH %s: krait %s, cpython %s" % (f, k, c))


    for f, rc in crashes:
        print("CRASH %s (status %s)" % (f, rc))
    print("%d files, %d crashes, %d outcome mismatches" % (len(files), len(crashes), mismatches))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
