#!/usr/bin/env bash
# Runs examples/wasi/wordfreq.py with the standalone WASI build (build-wasi/krait.wasm) under
# Node's node:wasi and checks it against CPython 3.11; used by ctest (example-wasi).
#
# The same program under Wasmtime (preopen the current directory and the standard library):
#   wasmtime run --dir . --dir /usr/lib/python3.11 build-wasi/krait.wasm \
#       examples/wasi/wordfreq.py input.txt report.txt
# and under Node:
#   node toolchain/wasi-run.mjs build-wasi/krait.wasm examples/wasi/wordfreq.py input.txt report.txt
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
wasm=${1:-$root/build-wasi/krait.wasm}
work=$(mktemp -d /tmp/krait-wasi-example.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'The quick brown fox jumps over the lazy dog.\nThe dog sleeps; the fox runs!\n' > input.txt

# Relative paths (current directory preopened), an argument, a file written and read back.
node "$root/toolchain/wasi-run.mjs" "$wasm" "$root/examples/wasi/wordfreq.py" input.txt report.txt > out.txt
mkdir cpython && cp input.txt cpython/
(cd cpython && python3.11 "$root/examples/wasi/wordfreq.py" input.txt report.txt > out.txt)
diff -u cpython/out.txt out.txt
diff -u cpython/report.txt report.txt

# The exit status comes back from the WASI program: an empty input exits with 1.
: > empty.txt
status=0
node "$root/toolchain/wasi-run.mjs" "$wasm" "$root/examples/wasi/wordfreq.py" empty.txt r.txt \
  2> err.txt || status=$?
[ "$status" -eq 1 ] || { echo "expected exit status 1, got $status" >&2; exit 1; }
grep -qx 'no words' err.txt
echo "example-wasi: ok"
