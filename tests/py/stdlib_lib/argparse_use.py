# argparse: positional/optional arguments, types, choices, subcommands, mutually exclusive
# groups, defaults, help text and usage errors (exit status 2 with the message on stderr).
import argparse
import io
import sys

p = argparse.ArgumentParser(prog="tool", description="A test tool.")
p.add_argument("files", nargs="*", help="input files")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", "--number", type=int, default=3, choices=range(1, 10))
p.add_argument("--name", required=False, metavar="NAME")
p.add_argument("--flag", action="store_true")
g = p.add_mutually_exclusive_group()
g.add_argument("--fast", action="store_true")
g.add_argument("--slow", action="store_true")
sub = p.add_subparsers(dest="cmd")
run = sub.add_parser("run", help="run it")
run.add_argument("target")
run.add_argument("--times", type=float, default=1.0)

for argv in (["a.txt", "b.txt", "-vv", "-n", "5"], ["--name=x", "--flag", "--fast"],
             ["run", "t1", "--times", "2.5"], []):
    ns = p.parse_args(argv)
    print(sorted(vars(ns).items()))

print(p.format_usage().strip())
buf = io.StringIO()
p.print_help(buf)
print(buf.getvalue())
for bad in (["-n", "12"], ["--fast", "--slow"], ["-n", "x"], ["run"]):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    print(err.getvalue().strip().splitlines()[-1])
ns, rest = p.parse_known_args(["x", "--unknown", "1"])
print(ns.files, rest)
