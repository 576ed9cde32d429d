# Toolchain file for the wasm32 build with Debian's Emscripten (3.1.6):
#   cmake -S . -B build-wasm -DCMAKE_TOOLCHAIN_FILE=toolchain/emscripten.cmake
# Emscripten's JS optimizer needs Debian's acorn: NODE_PATH must point at /usr/share/nodejs
# when building (toolchain/build.sh sets it).
set(KRAIT_EMSCRIPTEN_ROOT "/usr/share/emscripten" CACHE PATH "Emscripten installation")
include(${KRAIT_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake)
