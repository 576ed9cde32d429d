#!/usr/bin/env bash
# Builds everything and runs every test suite (the README's test command; .ci/run calls it).
# Usage: toolchain/test.sh [flavour...]   (default: native wasm wasi sanitize aarch64)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/toolchain/setup.sh"
[ $# -eq 0 ] && set -- native wasm wasi sanitize aarch64
status=0
for flavour in "$@"; do
  echo "=== $flavour: build ==="
  "$root/toolchain/build.sh" "$flavour"
  case "$flavour" in
    native) dir=build ;;
    *) dir=build-$flavour ;;
  esac
  echo "=== $flavour: test ==="
  # Immortal objects and the intern table live until exit: no leak checking.
  export ASAN_OPTIONS=detect_leaks=0
  if ! (cd "$root/$dir" && NODE_PATH=/usr/share/nodejs ctest --output-on-failure -j1); then
    status=1
  fi
done
exit $status
