# Source-encoding errors as CPython reports them (test_exceptions): a script file that is not
# UTF-8 and declares no encoding ("Non-UTF-8 code starting with ..."), and a BOM whose coding
# cookie does not spell utf-8 exactly ("encoding problem: utf8 with BOM").
import os
import subprocess
import sys
import tempfile

for src in [b"\xef\xbb\xbf#coding: utf8\nprint('\xe6\x88\x91')\n",
            b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
            b"\xef\xbb\xbf# coding: UTF_8\nx = 1\n",
            b"\xef\xbb\xbf# -*- coding: utf-8-unix -*-\nx = 1\n",
            b"\xef\xbb\xbf# coding: Utf8\nx = 1\n"]:
    try:
        compile(src, "<fragment>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)

with tempfile.TemporaryDirectory() as d:
    cases = {"first.py": b"\x89", "later.py": b"x = 1\n# \xff comment\n",
             "declared.py": b"# coding: latin-1\nprint(len('\xe9'))\n",
             "bom.py": b"\xef\xbb\xbfprint('bom ok')\n",
             "truncated.py": b"print('a')\ns = '\xe6\x88'\n"}
    for name, data in cases.items():
        path = os.path.join(d, name)
        with open(path, "wb") as f:
            f.write(data)
        p = subprocess.run([sys.executable, path], capture_output=True)
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        last = err[-1].replace(d, "DIR") if err else ""
        print(name, p.returncode, p.stdout.decode().strip(), last)
