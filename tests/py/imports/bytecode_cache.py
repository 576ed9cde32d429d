# Compiled modules cached on disk between runs (CPython's __pycache__; Krait keeps its own
# files under PYTHONPYCACHEPREFIX or ~/.cache/krait): a module loaded from the cache behaves
# as the freshly compiled one (constants, nested code, exception handlers, traceback lines and
# columns), a source changed at the same size is recompiled, -B / PYTHONDONTWRITEBYTECODE
# leave the cache alone, and processes writing the same entry at once leave one whole file.
import os
import subprocess
import sys
import tempfile

MODULE = r'''
import sys
BIG = 12345678901234567890123456789
CONSTS = (1.5, -0.0, 2j, b"\x00\xff", "caf\u00e9 \U0001f600", None, ..., frozenset({"a"}))
VERSION = 1

def outer(n):
    total = 0
    def inner(k):
        return k * n + BIG % 97
    for i in range(n):
        try:
            if i == 3:
                raise ValueError(i)
            total += inner(i)
        except ValueError as e:
            total -= int(str(e))
        finally:
            total += 1
    return total

class Shape:
    """A docstring."""
    sides = 4
    def area(self, w, h=2, *, scale=1):
        return w * h * scale

def fails(d):
    return d["key"]["missing"] + 1

def run():
    print("version", VERSION, BIG, CONSTS)
    print(outer(6), Shape().area(3, scale=2), Shape.__doc__, Shape.area.__defaults__)
    print(outer.__code__.co_varnames, outer.__code__.co_cellvars, outer.__code__.co_consts[0])
    print([(c.co_name, c.co_firstlineno) for c in outer.__code__.co_consts if hasattr(c, "co_name")])
    import traceback
    try:
        fails({"key": {}})
    except KeyError:
        lines = traceback.format_exc().splitlines()
        print("\n".join(l for l in lines if "File" not in l))
'''

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src")
prefix = os.path.join(tmp, "prefix")
os.mkdir(src)


def write(name, text, mtime=None):
    path = os.path.join(src, name + ".py")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    if mtime is not None:
        os.utime(path, (mtime, mtime))


def run(code, *options, dont_write=False, wait=True):
    env = dict(os.environ)
    env["PYTHONPATH"] = src
    env["PYTHONPYCACHEPREFIX"] = prefix
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if dont_write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    args = [sys.executable, *options, "-c", code]
    if not wait:
        return subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, encoding="utf-8")
    r = subprocess.run(args, env=env, capture_output=True, text=True, encoding="utf-8")
    return r.returncode, r.stdout, r.stderr.splitlines()[-1:] if r.returncode else []


def cached(name):
    # The cache files written for module `name` (its name, then the implementation's tag).
    d = prefix + os.path.abspath(src)
    if not os.path.isdir(d):
        return []
    return [f for f in os.listdir(d) if f.startswith(name + ".")]


def summary(name):
    files = cached(name)
    return len(files), all(f.endswith(".pyc") for f in files)


write("cachemod", MODULE, mtime=1_000_000_000)
first = run("import cachemod; cachemod.run()")
print(first)
print("cached after first run:", summary("cachemod"))
second = run("import cachemod; cachemod.run()")
print("second run same:", second == first)

# The same size, another text and mtime: recompiled.
changed = MODULE.replace("VERSION = 1", "VERSION = 7")
assert len(changed) == len(MODULE)
write("cachemod", changed, mtime=1_000_000_100)
print(run("import cachemod; print(cachemod.VERSION, cachemod.outer(4))"))
print(run("import cachemod; print(cachemod.VERSION)"))

# A module that no longer compiles: the cache does not hide the SyntaxError.
write("cachemod", MODULE.replace("VERSION = 1", "VERSION = )"), mtime=1_000_000_200)
print(run("import cachemod"))

# -B and PYTHONDONTWRITEBYTECODE: nothing written; sys shows the settings.
write("nowrite", "print('nowrite body')\n")
print(run("import sys, nowrite; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode, "
          "sys.pycache_prefix == %r)" % prefix, "-B"))
print(run("import sys, nowrite; print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)",
          dont_write=True))
print("cached with -B:", summary("nowrite"))
# sys.dont_write_bytecode set by the program itself.
print(run("import sys; sys.dont_write_bytecode = True; import nowrite"))
print("cached with sys.dont_write_bytecode:", summary("nowrite"))
print(run("import nowrite"))
print("cached without:", summary("nowrite"))

# Several processes compiling and writing the same module at once.
write("racemod", MODULE.replace("VERSION = 1", "VERSION = 3"))
procs = [run("import racemod; racemod.run()", wait=False) for _ in range(4)]
outs = [p.communicate() for p in procs]
print("race outputs equal:", len({o for o, e in outs}) == 1, outs[0][0].splitlines()[0])
print("race cache files:", summary("racemod"))
print(run("import racemod; print(racemod.VERSION, racemod.outer(5))"))
