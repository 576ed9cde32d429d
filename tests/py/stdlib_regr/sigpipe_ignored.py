# SIGPIPE is ignored as in CPython (test_json's test_broken_pipe_error): writing to a closed
# pipe raises BrokenPipeError, json.tool exits with EPIPE; children get the default back.
import subprocess, sys, errno, signal
proc = subprocess.Popen([sys.executable, '-m', 'json.tool'], stdout=subprocess.PIPE, stdin=subprocess.PIPE)
proc.stdout.close()
proc.communicate(b'"{}"')
print(proc.returncode == errno.EPIPE)
print(signal.getsignal(signal.SIGPIPE))
# A child gets the default SIGPIPE back.
p = subprocess.run([sys.executable, '-c', 'import signal; print(signal.getsignal(signal.SIGPIPE))'], capture_output=True, text=True)
print(p.stdout.strip())
p = subprocess.run(['sh', '-c', 'trap -p PIPE; echo done'], capture_output=True, text=True)
print(repr(p.stdout))
