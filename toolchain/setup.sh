#!/usr/bin/env bash
# Installs everything Krait's build and tests need on a fresh Debian 12 machine (idempotent).
set -euo pipefail
pkgs=(cmake g++ ccache python3.11 catch2 emscripten binaryen nodejs node-acorn
      g++-aarch64-linux-gnu qemu-user-static unicode-data
      libpython3.11-testsuite
      clang-14 lld-14 llvm-14 wasi-libc libc++-14-dev-wasm32 libc++abi-14-dev-wasm32
      libclang-rt-14-dev-wasm32)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
