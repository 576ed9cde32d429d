# Toolchain file for the standalone WASI (preview 1) build with Debian's clang-14, wasi-libc
# and libc++-14-dev-wasm32 (no threads, no C++ exceptions):
#   cmake -S . -B build-wasi -DCMAKE_TOOLCHAIN_FILE=toolchain/wasi.cmake
# Produces build-wasi/krait.wasm; run it with toolchain/wasi-run.mjs (node:wasi) or
# `wasmtime run --dir . --dir /usr/lib/python3.11 krait.wasm prog.py`.
set(CMAKE_SYSTEM_NAME WASI)
set(CMAKE_SYSTEM_VERSION 1)
set(CMAKE_SYSTEM_PROCESSOR wasm32)
set(KRAIT_WASI ON)
list(APPEND CMAKE_MODULE_PATH ${CMAKE_CURRENT_LIST_DIR})   # Platform/WASI.cmake

set(KRAIT_WASI_TRIPLE wasm32-wasi)

set(CMAKE_C_COMPILER clang-14)
set(CMAKE_CXX_COMPILER clang++-14)
set(CMAKE_AR llvm-ar-14 CACHE FILEPATH "archiver")
set(CMAKE_RANLIB llvm-ranlib-14 CACHE FILEPATH "ranlib")
set(CMAKE_C_COMPILER_TARGET ${KRAIT_WASI_TRIPLE})
set(CMAKE_CXX_COMPILER_TARGET ${KRAIT_WASI_TRIPLE})

# Debian's clang-14 finds wasi-libc and libc++ under /usr/include/wasm32-wasi and
# /usr/lib/wasm32-wasi by itself for this target.

set(CMAKE_CXX_FLAGS_INIT "-fno-exceptions")
# wasi-libc emulates clocks(), getpid() and signal.h only when asked; the CLI needs 8 MB of
# stack like the Emscripten build (deep C++ recursion in the parser and compiler).
set(CMAKE_EXE_LINKER_FLAGS_INIT
  "-fuse-ld=lld -L/usr/lib/wasm32-wasi -Wl,-z,stack-size=8388608 -Wl,--max-memory=4294967296")

set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
