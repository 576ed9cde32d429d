# -W options and PYTHONWARNINGS reach sys.warnoptions (environment entries first) and the
# warnings filters from the first line on: compile-time DeprecationWarnings of the main script
# are shown with -W always and become a SyntaxError with -W error.
import os
import subprocess
import sys
import tempfile

def run(args, env_extra=None):
    env = dict(os.environ)
    env.pop("PYTHONWARNINGS", None)
    env.update(env_extra or {})
    p = subprocess.run([sys.executable] + args, capture_output=True, env=env)
    return p.returncode, p.stdout.decode(), p.stderr.decode().strip().splitlines()

code = "import sys, warnings; print(sys.warnoptions); print(warnings.filters[:3])"
print(run(["-W", "error", "-Walways::UserWarning", "-c", code])[:2])
print(run(["-c", code], {"PYTHONWARNINGS": "ignore::ResourceWarning,,default"})[:2])
print(run(["-W", "once", "-c", code], {"PYTHONWARNINGS": "error"})[:2])
print(run(["-E", "-c", code], {"PYTHONWARNINGS": "error"})[:2])
rc, out, err = run(["-W"])
print(rc, err[0])

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "esc.py")
    with open(path, "w") as f:
        f.write('x = 1\ny = "\\d"\nprint(y)\n')
    for opts in ([], ["-W", "always"], ["-W", "error"], ["-W", "error::SyntaxWarning"]):
        rc, out, err = run(opts + [path])
        print(opts, rc, out.strip(), [line.replace(d, "D") for line in err])
