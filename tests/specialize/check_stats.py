#!/usr/bin/env python3
"""Krait-only check of `krait -X stats`: a simple loop must specialize.

Runs small programs under `krait -X stats` (and with specialization switched off) and checks
the statistics that Krait prints to stderr at exit. Usage: check_stats.py KRAIT_COMMAND
"""
import os
import re
import shlex
import subprocess
import sys
import tempfile

PROGRAM = r'''
class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def loop(n):
    total = 0
    f = 0.0
    items = [P(i) for i in range(10)]
    d = {"a": 1}
    for i in range(n):
        total = total + i
        f = f * 1.5
        p = items[i % 10]
        total += p.x + p.get() + len(items) + d["a"]
        if i < n:
            pass
    return total


print(loop(1000))
'''


def run(cmd, extra_env=None):
    env = dict(os.environ)
    env.pop("KRAIT_SPECIALIZE", None)
    if extra_env:
        env.update(extra_env)
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(PROGRAM)
        path = fh.name
    try:
        p = subprocess.run(cmd + ["-X", "stats", path], capture_output=True, text=True,
                           env=env, timeout=120)
    finally:
        os.unlink(path)
    return p


def parse(stderr):
    forms = {}
    families = {}
    fam = None
    for line in stderr.splitlines():
        m = re.match(r"^(\w+): executions (\d+), specialize success (\d+), failure (\d+)$", line)
        if m:
            fam = m.group(1)
            families[fam] = tuple(int(x) for x in m.group(2, 3, 4))
            continue
        m = re.match(r"^    (\w+): executions (\d+), hits (\d+), misses (\d+), deopts (\d+)$", line)
        if m:
            forms[m.group(1)] = tuple(int(x) for x in m.group(2, 3, 4, 5))
    return families, forms


def main():
    cmd = shlex.split(sys.argv[1])
    failures = []

    p = run(cmd)
    if p.returncode != 0 or p.stdout.strip() != str(sum(range(1000)) + sum(
            (i % 10) * 2 + 11 for i in range(1000))):
        failures.append("program failed: rc=%d stdout=%r stderr=%r" % (p.returncode, p.stdout, p.stderr[-500:]))
    if "Specialization stats" not in p.stderr:
        failures.append("no statistics printed")
    families, forms = parse(p.stderr)
    for form in ("BINARY_OP_ADD_INT", "BINARY_OP_MULTIPLY_FLOAT", "FOR_ITER_RANGE",
                 "LOAD_ATTR_INSTANCE_VALUE", "LOAD_METHOD_WITH_DICT", "CALL_PY_EXACT_ARGS",
                 "CALL_LEN", "BINARY_SUBSCR_LIST_INT", "BINARY_SUBSCR_DICT", "LOAD_GLOBAL_BUILTIN",
                 "COMPARE_OP_INT_JUMP"):
        hits = forms.get(form, (0, 0, 0, 0))[1]
        if hits < 900:
            failures.append("%s: expected >= 900 hits, got %r" % (form, forms.get(form)))
    if families.get("BINARY_OP", (0, 0, 0))[1] < 1:
        failures.append("BINARY_OP: no successful specialization: %r" % (families.get("BINARY_OP"),))

    # With specialization off nothing specializes and the result is the same.
    q = run(cmd, {"KRAIT_SPECIALIZE": "0"})
    if q.stdout != p.stdout:
        failures.append("specialize=0 output differs: %r" % q.stdout)
    _, forms_off = parse(q.stderr)
    if any(v[0] for v in forms_off.values()):
        failures.append("specialize=0 executed specialized forms: %r" % forms_off)

    # Eager mode specializes at the first execution.
    r = run(cmd, {"KRAIT_SPECIALIZE": "eager"})
    if r.stdout != p.stdout:
        failures.append("specialize=eager output differs: %r" % r.stdout)
    _, forms_eager = parse(r.stderr)
    if forms_eager.get("BINARY_OP_MULTIPLY_FLOAT", (0,))[0] != 1000:
        failures.append("eager: BINARY_OP_MULTIPLY_FLOAT should run all 1000 times: %r"
                        % (forms_eager.get("BINARY_OP_MULTIPLY_FLOAT"),))

    if failures:
        print("FAIL")
        for f in failures:
            print("  " + f)
        return 1
    print("stats check passed (%d specialized forms ran)" % len(forms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
