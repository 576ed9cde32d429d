#!/usr/bin/env bash
# Builds Krait. Usage: toolchain/build.sh [native|wasm|wasi|sanitize|aarch64]... (default: native)
# Each flavour gets its own build directory (build, build-wasm, build-wasi, build-sanitize,
# build-aarch64).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=${KRAIT_JOBS:-2}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/krait-ccache}
# Paths below the parent folder are hashed relative, so worktrees and clones share hits.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
# Debug info would otherwise tie cache entries to the build directory.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
[ $# -eq 0 ] && set -- native
for flavour in "$@"; do
  case "$flavour" in
    native)
      cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKRAIT_WERROR=ON >/dev/null
      cmake --build "$root/build" -j"$jobs" ;;
    sanitize)
      cmake -S "$root" -B "$root/build-sanitize" -DCMAKE_BUILD_TYPE=Debug -DKRAIT_SANITIZE=ON >/dev/null
      cmake --build "$root/build-sanitize" -j"$jobs" ;;
    wasm)
      export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
      cmake -S "$root" -B "$root/build-wasm" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$root/toolchain/emscripten.cmake" >/dev/null
      cmake --build "$root/build-wasm" -j"$jobs" ;;
    wasi)
      # Standalone WASI preview 1 module (clang-14 + wasi-libc): build-wasi/krait.wasm.
      cmake -S "$root" -B "$root/build-wasi" -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_TOOLCHAIN_FILE="$root/toolchain/wasi.cmake" >/dev/null
      cmake --build "$root/build-wasi" -j"$jobs" ;;
    aarch64)
      cmake -S "$root" -B "$root/build-aarch64" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_TOOLCHAIN_FILE="$root/toolchain/aarch64-linux-gnu.cmake" >/dev/null
      cmake --build "$root/build-aarch64" -j"$jobs" ;;
    *) echo "unknown flavour: $flavour" >&2; exit 2 ;;
  esac
done
