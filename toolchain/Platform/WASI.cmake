# CMake 3.25 has no platform module for WASI; toolchain/wasi.cmake puts this folder on
# CMAKE_MODULE_PATH. A WASI program is one .wasm file linked statically against wasi-libc.
set(WASI 1)
set(CMAKE_EXECUTABLE_SUFFIX ".wasm")
set(CMAKE_STATIC_LIBRARY_PREFIX "lib")
set(CMAKE_STATIC_LIBRARY_SUFFIX ".a")
set(CMAKE_FIND_LIBRARY_PREFIXES "lib")
set(CMAKE_FIND_LIBRARY_SUFFIXES ".a")
