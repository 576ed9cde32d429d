#!/usr/bin/env python3.11
"""Krait benchmark suite.

Runs every program under Krait native (build-release/krait, the profile-guided release build,
if it exists, else build/krait), CPython 3.11 (/usr/bin/python3.11) and Krait-wasm under Node
(node build-wasm/krait.js) in one run, checks that each Krait output
equals CPython's (every program prints a checksum), and prints the median time of --repeat
runs, the ratio CPython time / Krait time per benchmark (>1 means Krait is faster) and the
geometric mean of the ratios for native and for wasm. Start-up rows (`-c pass` and
`-c "import json, re, collections"`, CPython with -S) are shown but not in the means.

    bench/run.py                       # everything, median of 3
    bench/run.py --only fib,chess      # some benchmarks
    bench/run.py --repeat 5 --no-wasm --markdown

Times are CPU times of the child process (user + system, from wait4) by default, which stay
meaningful on a loaded machine; --clock wall measures elapsed time instead. Both include the
start-up of the runtime (Node and the wasm module's compilation for Krait-wasm). --clock inner
measures, as pyperformance does, inside the process: the program's source is compiled first and
only its execution is timed (time.perf_counter, so elapsed time: use a quiet machine). A Krait output
that differs from CPython's is reported as WRONG and makes the exit status 1.

Compiled standard-library modules: CPython reads the distribution's precompiled
/usr/lib/python3.11/__pycache__; Krait keeps its own code cache (~/.cache/krait, see
vm/interp/code_cache.cpp). So that both are measured warm, the Krait processes run without
PYTHONDONTWRITEBYTECODE and each Krait program gets one untimed run first.
"""
import argparse
import datetime
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# name -> (arguments, what it exercises). Sized for roughly 1 s under CPython 3.11 on the
# development machine.
BENCHMARKS = {
    "richards": (["14"], "OO method calls, attribute access"),
    "constraints": (["200"], "deltablue-like constraint solver (OO, lists)"),
    "nbody": (["100000"], "float arithmetic, lists of floats"),
    "spectral_norm": (["300"], "float arithmetic, nested loops, generators"),
    "raytrace": (["250"], "float arithmetic, small objects"),
    "fannkuch": (["9"], "int arithmetic, list slicing"),
    "nqueens": (["150"], "int arithmetic, lists, sets, closures"),
    "sieve": (["20"], "int arithmetic, list indexing and slice assignment"),
    "generators": (["120"], "generators, yield from, generator expressions"),
    "closures": (["45"], "closures, nonlocal, comprehensions, map/filter"),
    "dict_str": (["300"], "dicts and strings (mixed)"),
    "wordcount": (["13"], "str.split/strip/lower, dict, Counter, defaultdict"),
    "templating": (["70"], "string building, %-format, str.format, f-strings"),
    "json_ser": (["35"], "JSON-like serializer and parser in Python"),
    "exceptions": (["11"], "raise/except in loops, with, chaining"),
    "fib": (["15"], "recursion: fib, tak, 9000-deep recursion"),
    "chess": (["2"], "attribute-heavy OO: chess move generator, perft"),
    "stdlib_mix": (["40"], "itertools, deque, heapq, functools, operator"),
}
# --clock inner: runs `interp -c INNER_RUNNER script args...` and reads the time it prints.
INNER_RUNNER = r"""
import sys, time
path = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path[0] = path.rpartition("/")[0] or "."
with open(path) as f:
    code = compile(f.read(), path, "exec")
env = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
t0 = time.perf_counter()
exec(code, env)
elapsed = time.perf_counter() - t0
sys.stdout.flush()
sys.stderr.write("\nBENCH_INNER_SECONDS %.6f\n" % elapsed)
"""
INNER_TAG = "BENCH_INNER_SECONDS "

STARTUP = {
    "startup": ["-c", "pass"],
    "startup_imports": ["-c", "import json, re, collections"],
}


def run_once(cmd, timeout, krait=False):
    """Runs cmd once; returns (seconds, returncode, stdout, stderr)."""
    env = dict(os.environ)
    env.setdefault("NODE_PATH", "/usr/share/nodejs")
    if krait:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         cwd=HERE, env=env)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        raise
    wall = time.perf_counter() - t0
    return wall, p.returncode, out, err


def cpu_run(cmd, timeout, krait=False):
    """Runs cmd, returning (cpu seconds, wall seconds, returncode, stdout, stderr). The CPU
    time is the growth of RUSAGE_CHILDREN across the run (communicate() reaps the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, rc, out, err = run_once(cmd, timeout, krait)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, rc, out, err


def measure(cmd, repeat, timeout, clock, krait=False, warm=True):
    """Median time over `repeat` runs and the output of the last one, or (None, reason).
    A Krait command gets one untimed run first when `warm` (its code cache then holds the
    modules)."""
    times, out = [], None
    warm = krait and warm
    for i in range(repeat + (1 if warm else 0)):
        try:
            cpu, wall, rc, out, err = cpu_run(cmd, timeout, krait)
        except subprocess.TimeoutExpired:
            return None, "timeout after %gs" % timeout
        if rc != 0:
            last = (err.strip().splitlines() or ["exit status %d" % rc])[-1]
            return None, "exit %d: %s" % (rc, last)
        if warm and i == 0:
            continue
        if clock == "inner":
            inner = [l for l in err.splitlines() if l.startswith(INNER_TAG)]
            if not inner:
                return None, "no %s line on stderr" % INNER_TAG.strip()
            times.append(float(inner[-1][len(INNER_TAG):]))
        else:
            times.append(cpu if clock == "cpu" else wall)
    return statistics.median(times), out


def geomean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def fmt_time(t):
    return "-" if t is None else "%.3f s" % t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--krait", default=None,
                    help="Krait native binary (default: build-release/krait, the PGO build of "
                         "toolchain/build.sh release, if it exists, else build/krait)")
    ap.add_argument("--wasm", default=os.path.join(ROOT, "build-wasm", "krait.js"))
    ap.add_argument("--python", default="/usr/bin/python3.11")
    ap.add_argument("--node", default="node")
    ap.add_argument("--repeat", type=int, default=3, help="runs per program (median is used)")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--clock", choices=("cpu", "wall", "inner"), default="cpu",
                    help="cpu/wall: the whole process; inner: the program's run inside it")
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    ap.add_argument("--no-wasm", action="store_true", help="skip Krait-wasm under Node")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up rows")
    ap.add_argument("--markdown", action="store_true", help="print a README-ready table")
    args = ap.parse_args()

    table = {name: argv for name, (argv, _) in BENCHMARKS.items()}
    if not args.no_startup:
        table.update(STARTUP)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(table)
    for n in names:
        if n not in table:
            ap.error("unknown benchmark %r (known: %s)" % (n, ", ".join(table)))

    if args.krait is None:
        release = os.path.join(ROOT, "build-release", "krait")
        args.krait = release if os.path.exists(release) else os.path.join(ROOT, "build", "krait")
    # The programs run with cwd = bench/: a relative path is relative to the caller's folder.
    args.krait = os.path.abspath(args.krait)
    if not args.markdown:
        print("Krait native: %s" % os.path.relpath(args.krait))

    notes = []
    impls = [("cpython", [args.python])]
    if os.path.exists(args.krait):
        impls.append(("krait", [args.krait]))
    else:
        notes.append("Krait native not found at %s: skipped" % args.krait)
    if args.no_wasm:
        notes.append("Krait-wasm skipped (--no-wasm)")
    elif os.path.exists(args.wasm):
        impls.append(("krait-wasm", [args.node, args.wasm]))
    else:
        notes.append("Krait-wasm not built (%s missing): skipped; build it with "
                     "toolchain/build.sh wasm" % os.path.relpath(args.wasm, ROOT))
    kraits = [name for name, _ in impls[1:]]

    out = sys.stdout
    rows = []   # (bench, {impl: time}, {impl: status})
    wrong = []
    if not args.markdown:
        header = "%-16s" % "benchmark" + "".join("%13s" % n for n, _ in impls)
        header += "".join("%14s" % ("%s/cpy" % n) for n in kraits)
        print(header, flush=True)
    for bench in names:
        clock = args.clock
        if bench in STARTUP:
            script = []
            argv = table[bench]
            if clock == "inner":
                clock = "cpu"   # start-up is the whole process by definition
        else:
            script = [os.path.join(HERE, bench + ".py")]
            argv = table[bench]
            if clock == "inner":
                script = ["-c", INNER_RUNNER] + script
        times, status = {}, {}
        base_out = None
        # The implementations alternate within each repeat (CPython, Krait, Krait-wasm, then
        # again), so that a machine whose speed drifts during the run affects all alike.
        runs = {name: [] for name, _ in impls}
        outputs, failures = {}, {}
        for i in range(args.repeat):
            for name, cmd in impls:
                if name in failures:
                    continue
                pre = ["-S"] if (name == "cpython" and bench in STARTUP) else []
                t, result = measure(cmd + pre + script + argv, 1, args.timeout, clock,
                                    krait=name != "cpython", warm=i == 0)
                if t is None:
                    failures[name] = result
                else:
                    runs[name].append(t)
                    outputs[name] = result
        for name, cmd in impls:
            t = None if name in failures else statistics.median(runs[name])
            result = failures[name] if name in failures else outputs[name]
            times[name] = t
            if t is None:
                status[name] = "FAIL (%s)" % str(result)[:70]
            elif name == "cpython":
                base_out = result
                status[name] = "ok"
            elif base_out is not None and result != base_out:
                status[name] = "WRONG"
                wrong.append((bench, name, base_out, result))
            else:
                status[name] = "ok"
        rows.append((bench, times, status))
        if not args.markdown:
            line = "%-16s" % bench + "".join(
                "%13s" % (fmt_time(times[n]) if status[n] in ("ok", "WRONG") else "FAIL")
                for n, _ in impls)
            for n in kraits:
                line += "%14s" % ratio_text(times, status, n)
            extra = ["%s: %s" % (n, status[n]) for n, _ in impls if status[n] != "ok"]
            if extra:
                line += "   " + "; ".join(extra)
            print(line, flush=True)

    means = {}
    for n in kraits:
        rs = [times["cpython"] / times[n] for bench, times, status in rows
              if bench not in STARTUP and status[n] == "ok" and status["cpython"] == "ok"]
        means[n] = (geomean(rs), len(rs))

    if args.markdown:
        print_markdown(rows, impls, kraits, means, args, notes)
    else:
        for n in kraits:
            gm, count = means[n]
            if gm is not None:
                print("geometric mean %s vs CPython 3.11: %.2fx over %d benchmarks (>1 = Krait "
                      "faster)" % (n, gm, count))
        print("times: median of %d, %s time%s" % (
            args.repeat, args.clock, {"cpu": " (user+sys of the child)",
                                      "inner": " (elapsed, program run only; start-up rows: CPU)"
                                      }.get(args.clock, "")))
        for note in notes:
            print("note:", note)
    for bench, name, expected, got in wrong:
        print("ERROR: %s under %s printed a different checksum than CPython:\n  CPython: %r\n"
              "  %s: %r" % (bench, name, expected[:200], name, got[:200]), file=sys.stderr)
    failed = [(b, n) for b, t, s in rows for n in s if s[n].startswith("FAIL")]
    for bench, name in failed:
        print("ERROR: %s failed under %s" % (bench, name), file=sys.stderr)
    return 1 if wrong or failed else 0


def ratio_text(times, status, name):
    if status[name] == "WRONG":
        return "WRONG"
    if status[name] != "ok" or status["cpython"] != "ok":
        return "-"
    return "%.2fx" % (times["cpython"] / times[name])


def print_markdown(rows, impls, kraits, means, args, notes):
    labels = {"cpython": "CPython 3.11", "krait": "Krait", "krait-wasm": "Krait-wasm (Node)"}
    cols = ["benchmark"] + [labels[n] for n, _ in impls] + ["%s ratio" % labels[n] for n in kraits]
    print("Measured %s on %s (%s), %s; median of %d runs, %s time." % (
        datetime.date.today().isoformat(), platform.machine(), platform.node() or "?",
        "load average %.1f" % os.getloadavg()[0], args.repeat,
        {"cpu": "CPU (user+sys)", "wall": "wall",
         "inner": "in-process elapsed time of the program run (start-up rows: CPU)"}[args.clock]))
    print("Krait native: `%s`." % os.path.relpath(args.krait, ROOT))
    print("Ratio = CPython time / Krait time (>1 means Krait is faster).")
    print()
    print("| " + " | ".join(cols) + " |")
    print("|" + "|".join(["---"] + ["---:"] * (len(cols) - 1)) + "|")
    for bench, times, status in rows:
        label = bench
        if bench in STARTUP:
            label = "%s (`%s`)" % (bench, " ".join(STARTUP[bench]))
        cells = [label]
        for n, _ in impls:
            cells.append(fmt_time(times[n]) if status[n] in ("ok", "WRONG") else "fail")
        for n in kraits:
            cells.append(ratio_text(times, status, n))
        print("| " + " | ".join(cells) + " |")
    gm_cells = ["**geometric mean**"] + [""] * len(impls)
    for n in kraits:
        gm, count = means[n]
        gm_cells.append("**%.2fx**" % gm if gm is not None else "-")
    print("| " + " | ".join(gm_cells) + " |")
    for note in notes:
        print()
        print("Note: " + note)


if __name__ == "__main__":
    sys.exit(main())
