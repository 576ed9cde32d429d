#!/usr/bin/env node
// Runs the standalone WASI build of Krait under Node's node:wasi (WASI preview 1), the way
// a WASI runtime such as Wasmtime would:
//
//   node toolchain/wasi-run.mjs build-wasi/krait.wasm prog.py args...
//
// (the Wasmtime equivalent: `wasmtime run --dir . --dir /usr/lib/python3.11 krait.wasm prog.py`).
//
// Preopened directories, each under its own absolute host path so that paths look the same
// inside and outside: the current directory, the script's directory, /tmp, the standard
// library (KRAITLIB or /usr/lib/python3.11), every PYTHONPATH entry and any directory named
// in KRAIT_WASI_DIRS (':'-separated). "." is preopened as well so that relative paths work
// before Krait has changed into $PWD. The environment is passed through with PWD set to the
// current directory, stdin/stdout/stderr are the process's own, and the exit status of the
// Python program becomes this process's exit status.
import fs from 'node:fs';
import path from 'node:path';

// node:wasi prints an "experimental feature" warning on stderr; a Python program's stderr
// must be its own, so that one warning is dropped (every other warning is kept).
const emitWarning = process.emitWarning;
process.emitWarning = function (warning, ...rest) {
  const text = typeof warning === 'string' ? warning : warning && warning.message;
  const type = typeof rest[0] === 'string' ? rest[0] : rest[0] && rest[0].type;
  if (type === 'ExperimentalWarning' && /WASI/.test(String(text))) return;
  return emitWarning.call(process, warning, ...rest);
};
const { WASI } = await import('node:wasi');

function usage() {
  process.stderr.write('usage: node wasi-run.mjs krait.wasm [krait options] [prog.py] [args...]\n');
  process.exit(2);
}

const [wasmPath, ...args] = process.argv.slice(2);
if (!wasmPath) usage();

// The script is the first argument that is not an option (or an option's value), unless
// -c or -m came first; '-' means stdin.
function scriptOf(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return argv[i + 1];
    if (a === '-' || !a.startsWith('-')) return a;
    if (a === '-c' || a === '-m' || /^-[^-]*[cm]/.test(a)) return undefined;
    // Options that take a value in the next argument: -X opt, -W arg.
    if (a === '-X' || a === '-W') i++;
  }
  return undefined;
}

const cwd = process.cwd();
const dirs = new Set([cwd, '/tmp']);
dirs.add(process.env.KRAITLIB || '/usr/lib/python3.11');
const script = scriptOf(args);
if (script && script !== '-') dirs.add(path.dirname(path.resolve(cwd, script)));
for (const list of [process.env.PYTHONPATH, process.env.KRAIT_WASI_DIRS]) {
  for (const d of (list || '').split(':')) if (d) dirs.add(path.resolve(cwd, d));
}
const preopens = { '.': '.' };
for (const d of dirs) {
  try {
    if (fs.statSync(d).isDirectory()) preopens[d] = d;
  } catch {
    // A directory that does not exist is simply not visible inside.
  }
}

const wasi = new WASI({
  version: 'preview1',
  args: ['krait', ...args],
  env: { ...process.env, PWD: cwd },
  preopens,
  returnOnExit: true,
});

// Node 20's WASI functions have V8 "fast API" entry points that wasm calls directly; after
// the module's memory has grown they can work on a stale view of it, and the process dies
// by SIGSEGV or a V8 fatal error (often only at exit, once the output is complete: a 12-line
// module that alternates memory.grow and fd_write crashed 8 runs out of 10). A JS closure
// around each function makes wasm call it the ordinary way, which looks the memory up anew
// on every call (0 crashes in 10).
function ordinaryCalls(importObject) {
  for (const ns of Object.values(importObject)) {
    for (const [name, fn] of Object.entries(ns)) {
      if (typeof fn === 'function') ns[name] = (...args) => fn(...args);
    }
  }
  return importObject;
}

let status;
try {
  const module = await WebAssembly.compile(fs.readFileSync(wasmPath));
  const instance = await WebAssembly.instantiate(module, ordinaryCalls(wasi.getImportObject()));
  status = wasi.start(instance);
} catch (e) {
  // A trap (stack exhaustion, out of memory, unreachable): report it like a crash.
  process.stderr.write(`wasi-run: ${e && e.stack ? e.stack : e}\n`);
  status = 134;
}
process.exitCode = status;
