#!/usr/bin/python3.11
"""Conformance runner: runs tests/py/<area>/*.py under CPython 3.11 (the oracle) and Krait.

For each script, stdout (exact), the last non-empty line of stderr and the exit status must
match. CPython's results are cached by script content. Known failures are listed in
tests/py/known_failures.txt (see tests/py/README.md).

Usage: run_py_tests.py --krait "CMD" [--build-name native] [--jobs 2] [--filter SUBSTR] [-v]
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ROOT = os.path.join(HERE, "py")
DEFAULT_ORACLE = "/usr/bin/python3.11"
DEFAULT_TIMEOUT = 30.0
CACHE_VERSION = "2"
# Builds that a '*' line stands for when --update-known-failures has to split it.
STANDARD_BUILDS = ("native", "wasm", "wasi", "sanitize", "aarch64")
HEADER_LINES = 5

PASS, FAIL, XFAIL, XPASS, SKIP = "PASS", "FAIL", "XFAIL", "XPASS", "SKIP"


class Test:
    def __init__(self, root, rel):
        self.rel = rel  # e.g. "int/basic.py", always with '/'
        self.path = os.path.join(root, *rel.split("/"))
        self.dir = os.path.dirname(self.path)
        self.name = os.path.basename(self.path)
        with open(self.path, "rb") as f:
            self.content = f.read()
        self.timeout = None
        self.args = []
        self.skip_builds = {}
        head = self.content.decode("utf-8", "replace").splitlines()[:HEADER_LINES]
        for line in head:
            m = re.match(r"\s*#\s*timeout:\s*([0-9.]+)", line)
            if m:
                self.timeout = float(m.group(1))
            m = re.match(r"\s*#\s*args:(.*)$", line)
            if m:
                self.args = shlex.split(m.group(1))
            m = re.match(r"\s*#\s*skip:\s*(\S+)\s*(.*)$", line)
            if m:
                for b in m.group(1).split(","):
                    self.skip_builds[b] = m.group(2).strip() or "skipped by header"


class Result:
    def __init__(self, stdout, stderr, status, timed_out=False, error=None, seconds=0.0):
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
        self.timed_out = timed_out
        self.error = error  # could not start the process
        self.seconds = seconds

    def to_json(self):
        return {"stdout": self.stdout, "stderr": self.stderr, "status": self.status,
                "timed_out": self.timed_out}

    @staticmethod
    def from_json(d):
        return Result(d["stdout"], d["stderr"], d["status"], d.get("timed_out", False))

    def last_err_line(self):
        for line in reversed(self.stderr.splitlines()):
            if line.strip():
                return line.rstrip()
        return ""


def make_env():
    env = dict(os.environ)
    for var in ("PYTHONPATH", "PYTHONSTARTUP", "PYTHONHOME", "PYTHONINSPECT", "PYTHONOPTIMIZE",
                "PYTHONWARNINGS", "PYTHONDEVMODE", "PYTHONSAFEPATH", "PYTHONBREAKPOINT"):
        env.pop(var, None)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONUTF8"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.setdefault("LC_ALL", "C.UTF-8")
    return env


ENV = make_env()


def run_process(argv, cwd, timeout, env=None):
    start = time.monotonic()
    try:
        proc = subprocess.Popen(argv, cwd=cwd, env=env or ENV, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        return Result("", "", None, error=f"cannot run {argv[0]!r}: {e.strerror}")
    timed_out = False
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(proc.pid, 9)
        except OSError:
            proc.kill()
        out, err = proc.communicate()
    return Result(out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                  proc.returncode, timed_out=timed_out, seconds=time.monotonic() - start)


def describe_status(r):
    if r.error:
        return r.error
    if r.timed_out:
        return "timeout"
    if r.status is not None and r.status < 0:
        return f"killed by signal {-r.status}"
    return f"exit {r.status}"


class Runner:
    def __init__(self, opts):
        self.opts = opts
        self.root = opts.root
        # Tests run with cwd = the script's folder, so relative paths in the command (e.g.
        # "build/krait" or "node build-wasm/krait.js") are made absolute here.
        self.krait = [os.path.abspath(a) if "/" in a and not a.startswith("-")
                      and os.path.exists(a) else a for a in shlex.split(opts.krait)]
        self.oracle = shlex.split(opts.oracle) + ["-X", "utf8", "-B"]
        self.cache_dir = opts.cache
        self.area_hash = {}
        self.lock = threading.Lock()
        if self.cache_dir:
            os.makedirs(self.cache_dir, exist_ok=True)

    def helper_hash(self, area_dir):
        # Hash of every file in the area's subfolders (helper modules/packages), so cached oracle
        # results are invalidated when a helper changes.
        with self.lock:
            if area_dir in self.area_hash:
                return self.area_hash[area_dir]
        h = hashlib.sha256()
        for dirpath, dirnames, filenames in os.walk(area_dir):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            if dirpath == area_dir:
                continue
            for fn in sorted(filenames):
                if fn.endswith(".pyc"):
                    continue
                p = os.path.join(dirpath, fn)
                h.update(os.path.relpath(p, area_dir).encode() + b"\0")
                with open(p, "rb") as f:
                    h.update(f.read())
        digest = h.hexdigest()
        with self.lock:
            self.area_hash[area_dir] = digest
        return digest

    def timeout_for(self, test):
        t = test.timeout if test.timeout is not None else self.opts.timeout
        return t * self.opts.timeout_scale

    def oracle_result(self, test):
        key = None
        if self.cache_dir:
            h = hashlib.sha256()
            h.update(CACHE_VERSION.encode() + b"\0" + " ".join(self.oracle).encode() + b"\0")
            h.update(test.rel.encode() + b"\0" + test.content + b"\0")
            h.update(self.helper_hash(test.dir).encode())
            key = os.path.join(self.cache_dir, h.hexdigest() + ".json")
            try:
                with open(key, "r", encoding="utf-8") as f:
                    return Result.from_json(json.load(f))
            except (OSError, ValueError, KeyError):
                pass
        r = run_process(self.oracle + [test.name] + test.args, test.dir,
                        max(test.timeout or self.opts.timeout, 60.0))
        if key and not r.error and not r.timed_out:
            fd, tmp = tempfile.mkstemp(dir=self.cache_dir, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(r.to_json(), f)
            os.replace(tmp, key)
        return r

    def check_determinism(self, test):
        """Runs the oracle with PYTHONHASHSEED 0, 0, 1 and compares the results."""
        runs = []
        for seed in ("0", "0", "1"):
            env = dict(ENV, PYTHONHASHSEED=seed)
            r = run_process(self.oracle + [test.name] + test.args, test.dir,
                            max(test.timeout or self.opts.timeout, 60.0), env)
            if r.error or r.timed_out:
                return False, [f"oracle failed: {describe_status(r)}"], "oracle", r
            runs.append(r)
        for other in runs[1:]:
            ok, details, kind, _ = compare(runs[0], other, self.opts.diff_lines)
            if not ok:
                return ok, details, "nondeterministic " + kind, other
        return True, [], "", runs[0]

    def run_test(self, test):
        if self.opts.check_determinism:
            return self.check_determinism(test)
        """Returns (ok, detail lines, krait result)."""
        expected = self.oracle_result(test)
        if expected.error or expected.timed_out:
            return False, [f"oracle failed: {describe_status(expected)}"], "oracle", expected
        got = run_process(self.krait + [test.name] + test.args, test.dir, self.timeout_for(test))
        return compare(expected, got, self.opts.diff_lines)


def first_diff(exp_lines, got_lines, limit):
    lines = []
    diff = difflib.unified_diff(exp_lines, got_lines, "expected (CPython)", "got (Krait)",
                                n=1, lineterm="")
    for i, line in enumerate(diff):
        if i >= limit:
            lines.append("    ...")
            break
        if len(line) > 200:
            line = line[:200] + "..."
        lines.append("    " + line)
    return lines


def compare(expected, got, diff_limit=14):
    if got.error:
        return False, [got.error], "error", got
    if got.timed_out:
        return False, ["timed out" + (f" after {got.seconds:.1f}s" if got.seconds else "")], \
            "timeout", got
    details = []
    kinds = []
    if expected.stdout != got.stdout:
        kinds.append("stdout")
        exp_lines = expected.stdout.splitlines()
        got_lines = got.stdout.splitlines()
        if exp_lines == got_lines:
            details.append("  stdout differs only in line endings / final newline")
        else:
            details.append("  stdout differs:")
            details.extend(first_diff(exp_lines, got_lines, diff_limit))
    if expected.last_err_line() != got.last_err_line():
        kinds.append("stderr")
        details.append("  last stderr line differs:")
        details.append(f"    expected: {expected.last_err_line()!r}")
        details.append(f"    got:      {got.last_err_line()!r}")
    if expected.status != got.status:
        kinds.append("status")
        details.append(f"  exit status: expected {describe_status(expected)}, "
                       f"got {describe_status(got)}")
    if kinds and "stderr" not in kinds and got.stderr.strip():
        tail = got.stderr.strip().splitlines()[-3:]
        details.append("  krait stderr (tail):")
        details.extend("    " + l[:200] for l in tail)
    return not kinds, details, "+".join(kinds), got


def discover(root, filt):
    tests = []
    for area in sorted(os.listdir(root)):
        adir = os.path.join(root, area)
        if not os.path.isdir(adir) or area.startswith((".", "_")):
            continue
        for fn in sorted(os.listdir(adir)):
            if fn.endswith(".py") and os.path.isfile(os.path.join(adir, fn)):
                rel = f"{area}/{fn}"
                if filt and not any(f in rel for f in filt):
                    continue
                tests.append(Test(root, rel))
    return tests


# ---- known failures -------------------------------------------------------------------------

LINE_RE = re.compile(r"^\s*(\S+)\s+(\S+)\s*(#.*)?$")


def read_known(path):
    """Returns (raw lines, {(build, rel): reason})."""
    lines, known = [], {}
    if not os.path.exists(path):
        return lines, known
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        m = LINE_RE.match(s)
        if not m:
            print(f"{path}:{n}: malformed line ignored: {line!r}", file=sys.stderr)
            continue
        known[(m.group(1), m.group(2))] = (m.group(3) or "").lstrip("#").strip()
    return lines, known


def is_known(known, build, rel):
    return (build, rel) in known or ("*", rel) in known


def update_known(path, build, results, ran):
    """Rewrites the known-failures file for `build` from `results` (rel -> (ok, kind))."""
    lines, known = read_known(path)
    builds = set(STANDARD_BUILDS) | {b for b, _ in known if b != "*"}
    out = []
    kept = set()
    for line in lines:
        m = LINE_RE.match(line.strip()) if line.strip() and not line.strip().startswith("#") \
            else None
        if not m:
            out.append(line)
            continue
        b, rel, comment = m.group(1), m.group(2), m.group(3)
        if rel not in ran or (b != build and b != "*"):
            out.append(line)  # another build, or a test not run this time
            continue
        ok = results[rel][0]
        if b == build:
            if not ok and rel not in kept:
                out.append(line)
                kept.add(rel)
            continue
        # b == "*": keep as is if it still fails here; otherwise split it into other builds.
        if not ok:
            out.append(line)
            kept.add(rel)
        else:
            for other in sorted(builds - {build}):
                if (other, rel) not in known:
                    out.append(f"{other} {rel}" + (f"  {comment}" if comment else ""))
    added = sorted(rel for rel, (ok, _) in results.items() if not ok and rel not in kept)
    for rel in added:
        out.append(f"{build} {rel}  # {results[rel][1]}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + ("\n" if out else ""))
    return len(added)


# ---- main -----------------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--krait", default=None, help="command prefix that runs a script")
    ap.add_argument("--build-name", default="native", help="name used in known_failures.txt")
    ap.add_argument("--jobs", "-j", type=int, default=2)
    ap.add_argument("--filter", "-k", action="append", default=[],
                    help="only tests whose path contains SUBSTR (repeatable: any matches)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test")
    ap.add_argument("--cache", default=None,
                    help="oracle cache directory (default: <repo>/build/oracle-cache)")
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--oracle", default=DEFAULT_ORACLE)
    ap.add_argument("--root", default=DEFAULT_ROOT, help="test tree (default tests/py)")
    ap.add_argument("--known-failures", default=None,
                    help="default: <root>/known_failures.txt")
    ap.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    ap.add_argument("--timeout-scale", type=float, default=1.0,
                    help="multiply every timeout (slow builds)")
    ap.add_argument("--allow-xpass", action="store_true",
                    help="known failures that pass do not count as failures")
    ap.add_argument("--update-known-failures", action="store_true",
                    help="rewrite this build's entries in the known-failures file")
    ap.add_argument("--list-failing", action="store_true",
                    help="only print failing tests, one per line")
    ap.add_argument("--check-determinism", action="store_true",
                    help="check the tests themselves: run only the oracle, 3 times (hash "
                    "seeds 0, 0, 1), and require identical results")
    ap.add_argument("--diff-lines", type=int, default=14)
    opts = ap.parse_args(argv)
    if not opts.krait and not opts.check_determinism:
        ap.error("--krait is required")
    if opts.check_determinism:
        opts.krait = opts.oracle
        opts.build_name = "(determinism)"
    opts.root = os.path.abspath(opts.root)
    if opts.no_cache:
        opts.cache = None
    elif opts.cache is None:
        opts.cache = os.path.join(os.path.dirname(HERE), "build", "oracle-cache")
    known_path = opts.known_failures or os.path.join(opts.root, "known_failures.txt")
    _, known = read_known(known_path)
    build = opts.build_name

    tests = discover(opts.root, opts.filter)
    if not tests:
        print("no tests found", file=sys.stderr)
        print("0 passed, 0 failed")
        return 1
    runner = Runner(opts)
    quiet = opts.list_failing
    counts = {PASS: 0, FAIL: 0, XFAIL: 0, XPASS: 0, SKIP: 0}
    results = {}
    failing = []
    print_lock = threading.Lock()
    start = time.monotonic()

    def one(test):
        reason = test.skip_builds.get(build) or test.skip_builds.get("*")
        if reason:
            return test, SKIP, [reason], "skip"
        ok, details, kind, _ = runner.run_test(test)
        kind = kind or "ok"
        if is_known(known, build, test.rel):
            status = XPASS if ok else XFAIL
        else:
            status = PASS if ok else FAIL
        return test, status, details, kind

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        for test, status, details, kind in pool.map(one, tests):
            counts[status] += 1
            if status != SKIP:
                results[test.rel] = (status in (PASS, XPASS), kind)
            bad = status == FAIL or (status == XPASS and not opts.allow_xpass)
            if bad:
                failing.append((test.rel, status, kind))
            with print_lock:
                if quiet:
                    if bad:
                        print(f"{status} {test.rel} ({kind})" if status == FAIL
                              else f"{status} {test.rel}", flush=True)
                    continue
                if status == FAIL:
                    print(f"FAIL  {test.rel}")
                    for d in details:
                        print(d)
                elif status == XPASS:
                    print(f"XPASS {test.rel} (listed in {os.path.basename(known_path)}"
                          f" but passes{'; allowed' if opts.allow_xpass else ''})")
                elif opts.verbose:
                    extra = f"  [{details[0]}]" if status == SKIP and details else ""
                    print(f"{status:5} {test.rel}{extra}")
                sys.stdout.flush()

    if opts.update_known_failures:
        ran = set(results)
        added = update_known(known_path, build, results, ran)
        print(f"updated {known_path} for build '{build}' "
              f"({sum(1 for ok, _ in results.values() if not ok)} failing, {added} new lines)")
        # Judge this run against the rewritten list: every failure is now an expected one.
        counts[PASS] = sum(1 for ok, _ in results.values() if ok)
        counts[XFAIL] = len(results) - counts[PASS]
        counts[FAIL] = counts[XPASS] = 0

    elapsed = time.monotonic() - start
    passed = counts[PASS] + (counts[XPASS] if opts.allow_xpass else 0)
    failed = counts[FAIL] + (0 if opts.allow_xpass else counts[XPASS])
    print(f"{counts[XFAIL]} xfail, {counts[SKIP]} skipped, {counts[XPASS]} xpass "
          f"({len(tests)} tests, build '{build}', {elapsed:.1f}s)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # Output piped into e.g. `head`: exit quietly.
        sys.stderr.close()
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
