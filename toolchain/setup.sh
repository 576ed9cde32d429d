#!/usr/bin/env bash
# Installs everything Krait's build and tests need on a fresh Debian 12 machine (idempotent).
set -euo pipefail
pkgs=(cmake g++ ccache python3.11 catch2 emscripten binaryen nodejs node-acorn
      g++-aarch64-linux-gnu qemu-user-static unicode-data
      libpython3.11-testsuite
      clang-14 lld-14 llvm-14 wasi-libc libc++-14-dev-wasm32 libc++abi-14-dev-wasm32
      libclang-rt-14-dev-wasm32
      chromium)
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

# playwright-core for the real-browser test (tests/js/playground.browser.mjs drives the
# chromium above), pinned by tests/browser/package-lock.json; node_modules is git-ignored.
root=$(cd "$(dirname "$0")/.." && pwd)
browser="$root/tests/browser"
# npm ci again only when the installed playwright-core is not the locked version.
if ! node -e '
  const b = process.argv[1];
  const want = require(b + "/package-lock.json").packages["node_modules/playwright-core"].version;
  process.exit(require(b + "/node_modules/playwright-core/package.json").version === want ? 0 : 1);
' "$browser" 2>/dev/null; then
  (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error)
fi
