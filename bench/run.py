#!/usr/bin/env python3.11
"""Krait benchmark suite: runs each program under CPython 3.11 and Krait (native, and the
wasm build under Node when present) in the same run, checks that outputs agree, and prints
median wall times, the speed ratio (CPython time / Krait time: >1 means Krait is faster) and
the geometric mean.

    bench/run.py [--krait build/krait] [--wasm build-wasm/krait.js] [--repeat 3] [names...]
"""
import argparse
import math
import os
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# name -> arguments (sized for roughly half a second under CPython 3.11 on the dev machine)
BENCHMARKS = {
    "richards": ["10"],
    "nbody": ["100000"],
    "fannkuch": ["9"],
    "spectral_norm": ["250"],
    "constraints": ["200"],
    "raytrace": ["250"],
    "generators": ["100"],
    "dict_str": ["300"],
}
STARTUP = {"startup": ["-c", "pass"]}


def run_once(cmd, timeout):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=HERE)
    return time.perf_counter() - t0, p


def measure(cmd, repeat, timeout):
    times, out = [], None
    for _ in range(repeat):
        try:
            t, p = run_once(cmd, timeout)
        except subprocess.TimeoutExpired:
            return None, "timeout"
        if p.returncode != 0:
            return None, (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])[-1]
        times.append(t)
        out = p.stdout
    return statistics.median(times), out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--krait", default=os.path.join(ROOT, "build", "krait"))
    ap.add_argument("--wasm", default=os.path.join(ROOT, "build-wasm", "krait.js"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()

    impls = [("cpython", [args.python])]
    if os.path.exists(args.krait):
        impls.append(("krait", [args.krait]))
    if args.wasm and os.path.exists(args.wasm):
        impls.append(("krait-wasm", ["node", args.wasm]))

    table = dict(BENCHMARKS)
    table.update(STARTUP)
    names = args.names or list(table)
    header = "%-14s" % "benchmark" + "".join("%14s" % name for name, _ in impls)
    header += "".join("%16s" % ("%s/cpy" % name) for name, _ in impls[1:])
    print(header)
    ratios = {name: [] for name, _ in impls[1:]}
    for bench in names:
        argv = table[bench]
        script = [] if bench in STARTUP else [os.path.join(HERE, bench + ".py")]
        results = {}
        for name, cmd in impls:
            results[name] = measure(cmd + script + argv, args.repeat, args.timeout)
        base_t, base_out = results["cpython"]
        row = "%-14s" % bench
        for name, _ in impls:
            t, out = results[name]
            row += "%14s" % ("%.3fs" % t if t is not None else "FAIL")
        for name, _ in impls[1:]:
            t, out = results[name]
            if t is None or base_t is None:
                row += "%16s" % ("-" if t is None else "?")
                if t is None:
                    row += "  (%s: %s)" % (name, str(out)[:60])
                continue
            ok = out == base_out
            ratio = base_t / t
            if bench not in STARTUP:
                ratios[name].append(ratio)
            row += "%15.2fx%s" % (ratio, "" if ok else "!")
        print(row, flush=True)
    for name, rs in ratios.items():
        if rs:
            gm = math.exp(sum(math.log(r) for r in rs) / len(rs))
            print("geometric mean speed of %s vs CPython 3.11: %.2fx over %d benchmarks "
                  "(>1 = faster; '!' = output differs)" % (name, gm, len(rs)))


if __name__ == "__main__":
    main()
