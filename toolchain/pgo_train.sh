#!/usr/bin/env bash
# The training run of the release build's profile-guided optimization (toolchain/build.sh
# release): runs an instrumented Krait over a representative, quick workload so that its
# profile counters reach the profile directory. Usage: toolchain/pgo_train.sh KRAIT
#
# Workload: every bench/ program at about a quarter of its bench/run.py size (the hot paths
# the suite measures: calls, attributes, float/int arithmetic, str, dict, generators,
# exceptions), then every second tests/py conformance script in name order, about 440 of
# them from every area (breadth: the rest of the builtins and
# the native modules, imports, the parser and compiler on many shapes, error paths). The
# compiled-module cache starts empty, so the first imports run the compiler and later ones
# read the cache, as in real use. Outputs and exit statuses are ignored: this only trains.
# Takes one to two minutes on 2 cores (KRAIT_JOBS, default 2, scripts in parallel).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
krait=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
jobs=${KRAIT_JOBS:-2}
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export PYTHONPYCACHEPREFIX="$cache" PYTHONHASHSEED=0 PYTHONUTF8=1
unset PYTHONDONTWRITEBYTECODE

start=$SECONDS
cd "$root/bench"
while read -r prog size; do
  "$krait" "$prog.py" "$size" </dev/null >/dev/null 2>&1 || echo "pgo_train: bench/$prog.py $size failed (ignored)" >&2
done <<'EOF'
richards 4
constraints 50
nbody 25000
spectral_norm 150
raytrace 120
fannkuch 8
nqueens 40
sieve 5
generators 30
closures 12
dict_str 75
wordcount 4
templating 18
json_ser 9
exceptions 3
fib 4
chess 1
stdlib_mix 10
EOF
bench_time=$((SECONDS - start))

# One script per process, in its own folder (as tests/run_py_tests.py runs them), with the
# header's "# args:" ignored; a 30 s limit guards against a script waiting for something.
cd "$root/tests/py"
find . -mindepth 2 -maxdepth 2 -name '*.py' -print0 | sort -z | awk -v RS='\0' -v ORS='\0' 'NR % 2' |
  KRAIT="$krait" xargs -0 -P "$jobs" -n 1 sh -c \
    'cd "$(dirname "$1")" && timeout 30 "$KRAIT" "$(basename "$1")" </dev/null >/dev/null 2>&1; exit 0' sh
echo "pgo_train: bench ${bench_time}s, tests/py $((SECONDS - start - bench_time))s"
