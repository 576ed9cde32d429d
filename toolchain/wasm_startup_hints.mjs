#!/usr/bin/env node
// Adds V8 compilation hints to build-wasm/krait_web.wasm (a post-link step of the release
// build, CMakeLists.txt): the functions that loadKrait() and a first `print()` run are marked
// "compile eagerly with Liftoff", all others "compile lazily".
//
//   node toolchain/wasm_startup_hints.mjs <build dir>
//
// V8 compiles wasm lazily by default: each function on its first call, one at a time on the
// main thread. In Node the loader (js/index.mjs, compileWasmNode) compiles a module that has
// this section with V8's experimental compilation hints turned on for that one synchronous
// compile, so the ~260 start-up functions are compiled up front in one batch (on V8's
// background threads too) and the rest stays lazy. Other engines, and V8 without the flag,
// ignore the custom section.
//
// The start-up set comes from the module itself: a child Node process loads a copy without
// hints under --trace-wasm-compilation-times and the functions it reports as compiled with
// Liftoff are the set. If that yields nothing (another V8 prints something else, or the run
// fails), the module is left without hints and loads as before.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SECTION = 'compilationHints';
const HINT_EAGER_LIFTOFF = 0x06;   // strategy eager (2), baseline tier Liftoff (1 << 2), top tier default
const HINT_LAZY = 0x01;            // strategy lazy (1), tiers default

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const buildDir = path.resolve(process.argv[2] ?? path.join(root, 'build-wasm'));
const wasmFile = path.join(buildDir, 'krait_web.wasm');
const glueFile = path.join(buildDir, 'krait_web.js');

function readLeb(buf, pos) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}

function leb(n) {
  const out = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) b |= 0x80;
    out.push(b);
  } while (n);
  return out;
}

// Sections of a module: {id, start, end, name?}, and the number of imported functions and
// of declared functions.
function sections(buf) {
  const list = [];
  let importedFuncs = 0, declaredFuncs = 0;
  for (let pos = 8; pos < buf.length;) {
    const start = pos;
    const id = buf[pos++];
    let size;
    [size, pos] = readLeb(buf, pos);
    const end = pos + size;
    const s = { id, start, end };
    if (id === 0) {
      const [len, p] = readLeb(buf, pos);
      s.name = buf.subarray(p, p + len).toString('utf8');
    } else if (id === 2) {   // imports: count the functions
      let p, n;
      [n, p] = readLeb(buf, pos);
      for (let i = 0; i < n; i++) {
        let len;
        [len, p] = readLeb(buf, p); p += len;      // module
        [len, p] = readLeb(buf, p); p += len;      // field
        const kind = buf[p++];
        if (kind === 0) { [, p] = readLeb(buf, p); importedFuncs++; }
        else if (kind === 1) { p++; let f; [f, p] = readLeb(buf, p); [, p] = readLeb(buf, p); if (f & 1) [, p] = readLeb(buf, p); }
        else if (kind === 2) { let f; [f, p] = readLeb(buf, p); [, p] = readLeb(buf, p); if (f & 1) [, p] = readLeb(buf, p); }
        else if (kind === 3) { p += 2; }
        else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === 3) {
      [declaredFuncs] = readLeb(buf, pos);
    }
    list.push(s);
    pos = end;
  }
  return { list, importedFuncs, declaredFuncs };
}

function withoutHints(buf) {
  const parts = [buf.subarray(0, 8)];
  for (const s of sections(buf).list) {
    if (!(s.id === 0 && s.name === SECTION)) parts.push(buf.subarray(s.start, s.end));
  }
  return Buffer.concat(parts);
}

// Indexes of the functions V8 compiles while loadKrait() starts and prints one line.
function startupFunctions(plainWasm) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'krait-hints-'));
  try {
    fs.writeFileSync(path.join(tmp, 'krait_web.wasm'), plainWasm);
    fs.copyFileSync(glueFile, path.join(tmp, 'krait_web.js'));
    const script = `
      const { loadKrait } = await import(${JSON.stringify(path.join(root, 'js', 'index.mjs'))});
      const k = await loadKrait({ indexURL: ${JSON.stringify(tmp + '/')}, cacheDir: false,
                                  stdout: () => {} });
      k.runPython('print("ready")');
    `;
    const out = execFileSync(process.execPath,
      ['--trace-wasm-compilation-times', '--input-type=module', '-e', script],
      { encoding: 'utf8', maxBuffer: 1 << 26 });
    const set = new Set();
    for (const m of out.matchAll(/^Compiled function \S*#(\d+) using Liftoff/gm)) set.add(Number(m[1]));
    return set;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const original = fs.readFileSync(wasmFile);
const plain = withoutHints(original);
const { list, importedFuncs, declaredFuncs } = sections(plain);
let eager = new Set();
try {
  eager = startupFunctions(plain);
} catch (e) {
  // Hints are an optimisation: a failed trace run leaves the module as it was linked.
  console.log(`wasm_startup_hints: the trace run failed (${String(e.message).split('\n')[0]})`);
}
if (eager.size < 10) {
  console.log(`wasm_startup_hints: no start-up functions found (${eager.size}); ${wasmFile} left without hints`);
  if (plain.length !== original.length) fs.writeFileSync(wasmFile, plain);
  process.exit(0);
}
const hints = new Uint8Array(declaredFuncs);
for (let i = 0; i < declaredFuncs; i++) {
  hints[i] = eager.has(importedFuncs + i) ? HINT_EAGER_LIFTOFF : HINT_LAZY;
}
const name = Buffer.from(SECTION);
const payload = Buffer.from([...leb(name.length), ...name, ...leb(declaredFuncs), ...hints]);
const section = Buffer.from([0, ...leb(payload.length), ...payload]);
// V8 reads the hints only between the function and the code sections: just before the code.
const code = list.find((s) => s.id === 10);
if (!code) throw new Error(`${wasmFile}: no code section`);
const out = Buffer.concat([plain.subarray(0, code.start), section, plain.subarray(code.start)]);
const tmpOut = `${wasmFile}.hints.tmp`;
fs.writeFileSync(tmpOut, out, { mode: fs.statSync(wasmFile).mode });
fs.renameSync(tmpOut, wasmFile);
const eagerCount = hints.filter((h) => h === HINT_EAGER_LIFTOFF).length;
console.log(`wasm_startup_hints: ${eagerCount} of ${declaredFuncs} functions compiled eagerly at start-up (${wasmFile})`);
