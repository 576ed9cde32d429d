# subprocess on the native build: run/Popen/communicate with pipes, shell, cwd, env, errors
# from the child (missing program or cwd), return codes, timeouts, kill; os.pipe and fd flags.
import subprocess, sys, os
r = subprocess.run(["echo", "hello"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo child $0 $1; exit 3", "a", "b"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
print(subprocess.check_output("echo $((6*7))", shell=True))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"x" * 100000)
print(len(out), p.returncode)
try:
    subprocess.run(["/nonexistent/prog"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode)
r = subprocess.run(["pwd"], cwd="/tmp", capture_output=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": os.environ["PATH"]}, capture_output=True)
print(r.stdout)
try:
    subprocess.run(["pwd"], cwd="/nonexistent-dir")
except FileNotFoundError as e:
    print("cwd FileNotFoundError", e.filename)
r = subprocess.run(["sh", "-c", "echo err >&2; echo out"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))
try:
    subprocess.run(["sleep", "5"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout == 0.3)
p = subprocess.Popen(["sleep", "5"])
p.kill(); print(p.wait())
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_blocking(r, False); print(os.get_blocking(r))
os.write(w, b"abc"); print(os.read(r, 10))
os.close(r); os.close(w)
