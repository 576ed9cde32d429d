#!/usr/bin/env bash
# Builds Krait. Usage: toolchain/build.sh [native|release|wasm|wasi|sanitize|aarch64]...
# (default: native). Each flavour gets its own build directory (build, build-release,
# build-wasm, build-wasi, build-sanitize, build-aarch64).
#
# release: build-release/krait, optimized with the compiler's profile-guided optimization
# (see release_build below); only the krait binary, no tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=${KRAIT_JOBS:-2}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/krait-ccache}
# Paths below the parent folder are hashed relative, so worktrees and clones share hits.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
# Debug info would otherwise tie cache entries to the build directory.
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

# The release flavour. 1. An instrumented build in build-release/pgo-instrumented. 2. The
# training run (toolchain/pgo_train.sh) into build-release/pgo-data, repeated only when the
# instrumented binary or the training script changed (the profile is cleared first, so no
# stale counters survive). 3. The optimized build in build-release with that profile; a new
# profile recompiles every object (CMakeLists.txt: profile.stamp). GCC by default; CXX=clang++-14
# builds with clang's instrumentation and llvm-profdata instead (in a fresh directory).
# KRAIT_RELEASE_DIR, KRAIT_RELEASE_FLAGS (compile flags) and KRAIT_RELEASE_LTO (ON/OFF) override
# the defaults for experiments.
release_build() {
  local dir=${KRAIT_RELEASE_DIR:-$root/build-release}
  local flags=${KRAIT_RELEASE_FLAGS:--O2}
  local lto=${KRAIT_RELEASE_LTO:-OFF}
  local instr=$dir/pgo-instrumented data=$dir/pgo-data
  local common=(-DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_FLAGS_RELEASE=$flags -g -DNDEBUG"
    "-DCMAKE_C_FLAGS_RELEASE=$flags -g -DNDEBUG" -DKRAIT_WERROR=ON -DKRAIT_TESTS=OFF
    -DKRAIT_PGO_DIR="$data")
  # The instrumented build without LTO (faster to build; GCC reads profiles before LTO).
  cmake -S "$root" -B "$instr" "${common[@]}" -DKRAIT_LTO=OFF -DKRAIT_PGO=generate >/dev/null
  cmake --build "$instr" -j"$jobs" --target krait
  local sum
  sum=$(cat "$instr/krait" "$root/toolchain/pgo_train.sh" | sha256sum | cut -d' ' -f1)
  if [ ! -f "$data/profile.stamp" ] || [ "$(cat "$data/profile.stamp")" != "$sum" ]; then
    rm -rf "$data"
    mkdir -p "$data"
    echo "release: training run (toolchain/pgo_train.sh)"
    "$root/toolchain/pgo_train.sh" "$instr/krait"
    if compgen -G "$data/*.profraw" >/dev/null; then
      local profdata
      profdata=$(command -v llvm-profdata-14 || command -v llvm-profdata ||
        echo /usr/lib/llvm-14/bin/llvm-profdata)
      "$profdata" merge -o "$data/krait.profdata" "$data"/*.profraw
    fi
    echo "$sum" >"$data/profile.stamp"
  fi
  cmake -S "$root" -B "$dir" "${common[@]}" -DKRAIT_LTO="$lto" -DKRAIT_PGO=use >/dev/null
  cmake --build "$dir" -j"$jobs" --target krait
}

[ $# -eq 0 ] && set -- native
for flavour in "$@"; do
  case "$flavour" in
    native)
      cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKRAIT_WERROR=ON >/dev/null
      cmake --build "$root/build" -j"$jobs" ;;
    release) release_build ;;
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
