#!/usr/bin/python3.11
"""Parser conformance: the AST Krait builds for every stdlib file equals CPython's.

Krait parses each file with _ast._parse (its compile(..., PyCF_ONLY_AST) path) and prints
ast.dump(tree, include_attributes=True); CPython does the same with ast.parse; the dumps (node
shapes and every source position) must be identical.

Usage: ast_stdlib.py --krait build/krait [--root /usr/lib/python3.11]
"""

import argparse
import os
import subprocess
import sys
import tempfile

DRIVER = r'''
import sys, ast
try:
    import _ast
    parse = _ast._parse
except (ImportError, AttributeError):
    parse = ast.parse
for f in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if not f:
        continue
    try:
        src = open(f, encoding="utf-8").read()
    except Exception:
        continue
    try:
        print(f, ast.dump(parse(src, f, "exec"), include_attributes=True))
    except Exception as e:
        print(f, "ERR", type(e).__name__, e)
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", required=True)
    ap.add_argument("--root", default="/usr/lib/python3.11")
    args = ap.parse_args()
    files = sorted(os.path.join(d, n) for d, _, ns in os.walk(args.root) for n in ns
                   if n.endswith(".py"))
    with tempfile.TemporaryDirectory() as tmp:
        drv = os.path.join(tmp, "drv.py")
        lst = os.path.join(tmp, "files.txt")
        with open(drv, "w") as fh:
            fh.write(DRIVER)
        with open(lst, "w") as fh:
            fh.write("\n".join(files))
        outs = []
        for cmd in ([args.krait], [sys.executable]):
            p = subprocess.run(cmd + [drv, lst], capture_output=True, timeout=900)
            outs.append(p.stdout.decode("utf-8", "replace").splitlines())
    k, c = outs
    kd = dict(l.split(" ", 1) for l in k if " " in l)
    cd = dict(l.split(" ", 1) for l in c if " " in l)
    bad = [f for f in cd if kd.get(f) != cd[f]]
    for f in bad[:20]:
        print("DIFFERS", f)
    print("%d files, %d with a different AST" % (len(cd), len(bad)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
