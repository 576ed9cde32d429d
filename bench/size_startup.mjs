#!/usr/bin/env node
// Size and start-up benchmark: Krait's wasm builds against Pyodide and MicroPython's
// WebAssembly port, measured in the same run on the same machine.
//
//   node bench/size_startup.mjs [--runs 10] [--only krait-cli,wasi,...] [--json out.json]
//
// Comparison packages come from npm into the git-ignored bench/node_modules
// (`cd bench && npm ci`); a missing one is reported as such and skipped.
//
// For each contender:
//   - the .wasm size, raw and gzip -9;
//   - the bytes a page (or Node) loads before the first line runs, raw and gzip -9: the JS
//     glue, the .wasm and the standard-library data it loads eagerly;
//   - process start -> first line: a fresh `node` process is spawned and the clock stops
//     when the program's first line ("first") reaches the parent through the stdout pipe;
//     median of --runs (the bare `node -e` start is listed for scale);
//   - load -> first line (in-process): performance.now() from the loader call (loadKrait,
//     loadPyodide, loadMicroPython) to the first line's stdout callback; median of --runs;
//     and the child's CPU time (process.cpuUsage, all threads) over the same span, which the
//     load of a shared machine disturbs less;
//   - RSS when the first line is printed: VmRSS of the child from /proc (median).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const nodeModules = path.join(here, 'node_modules');

const opts = { runs: 10, only: null, json: null };
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i];
  if (a === '--runs') opts.runs = Number(process.argv[++i]);
  else if (a === '--only') opts.only = new Set(process.argv[++i].split(','));
  else if (a === '--json') opts.json = process.argv[++i];
  else {
    process.stderr.write(`usage: node bench/size_startup.mjs [--runs N] [--only a,b] [--json file]\n`);
    process.exit(2);
  }
}

const FIRST = 'first';
// The program each interpreter runs: print one line, then wait (so that the RSS can be read
// while the interpreter is loaded) until the parent ends the process.
const PY_PROGRAM = `print("${FIRST}")\n`;
const tmp = fs.mkdtempSync('/tmp/krait-size-startup-');
const pyFile = path.join(tmp, 'first.py');
fs.writeFileSync(pyFile, `print("${FIRST}", flush=True)\nimport sys\nsys.stdin.readline()\n`);

function gzipSize(buf) {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

function fileSizes(files) {
  let raw = 0, gz = 0;
  for (const f of files) {
    const buf = fs.readFileSync(f);
    raw += buf.length;
    gz += gzipSize(buf);
  }
  return { raw, gz };
}

// Writes a small ES module that loads an interpreter in-process, runs PY_PROGRAM, reports
// the load -> first-line time and the CPU time over it on stderr as "LOADMS <ms> <cpu ms>",
// and then waits to be killed.
function loaderScript(name, body) {
  const file = path.join(tmp, `${name}.mjs`);
  fs.writeFileSync(file, `const t0 = performance.now();
const c0 = process.cpuUsage();
let reported = false;
function out(text) {
  if (!reported && String(text).includes(${JSON.stringify(FIRST)})) {
    reported = true;
    const c = process.cpuUsage(c0);
    process.stderr.write('LOADMS ' + (performance.now() - t0) + ' ' + (c.user + c.system) / 1000 + '\\n');
  }
  process.stdout.write(String(text).endsWith('\\n') ? String(text) : text + '\\n');
}
const PY_PROGRAM = ${JSON.stringify(PY_PROGRAM)};
${body}
setInterval(() => {}, 1 << 30);
`);
  return file;
}

const contenders = [];

// Krait, Emscripten CLI build (build-wasm/krait.js + krait.wasm).
{
  const js = path.join(root, 'build-wasm', 'krait.js');
  const wasm = path.join(root, 'build-wasm', 'krait.wasm');
  contenders.push({
    key: 'krait-cli', name: 'Krait wasm CLI (Emscripten, node krait.js)',
    present: fs.existsSync(js) && fs.existsSync(wasm), missing: 'toolchain/build.sh wasm',
    wasm, loads: [js, wasm],
    cmd: () => ['node', [js, pyFile]],
  });
}
// Krait, WASI build under node:wasi.
{
  const wasm = path.join(root, 'build-wasi', 'krait.wasm');
  const runner = path.join(root, 'toolchain', 'wasi-run.mjs');
  contenders.push({
    key: 'wasi', name: 'Krait WASI (node:wasi, toolchain/wasi-run.mjs)',
    present: fs.existsSync(wasm), missing: 'toolchain/build.sh wasi',
    wasm, loads: [runner, wasm],
    cmd: () => ['node', [runner, wasm, pyFile]],
  });
}
// Krait, the JS loader (js/, web/): loadKrait() -> runPython().
{
  const index = path.join(root, 'js', 'index.mjs');
  const dir = path.join(root, 'build-wasm');
  const wasm = path.join(dir, 'krait_web.wasm');
  const glue = path.join(dir, 'krait_web.js');
  const image = path.join(dir, 'krait-stdlib.img');
  const loads = [index, glue, wasm];
  if (fs.existsSync(image)) loads.push(image);
  contenders.push({
    key: 'loadkrait', name: 'Krait loadKrait() (js/)',
    present: fs.existsSync(index) && fs.existsSync(wasm) && fs.existsSync(glue),
    missing: 'js/ loader and build-wasm/krait_web.{js,wasm}',
    wasm, loads, inProcess: true,
    cmd: () => ['node', [loaderScript('loadkrait', `
const { loadKrait } = await import(${JSON.stringify(index)});
const krait = await loadKrait({ stdout: out });
krait.runPython(PY_PROGRAM);
`)]],
  });
}
// Pyodide from npm.
{
  const dir = path.join(nodeModules, 'pyodide');
  const wasm = path.join(dir, 'pyodide.asm.wasm');
  const loads = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip',
    'pyodide-lock.json'].map((f) => path.join(dir, f));
  let version = '';
  try { version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'))).version; } catch {}
  contenders.push({
    key: 'pyodide', name: `Pyodide ${version} (npm)`,
    present: fs.existsSync(wasm), missing: 'cd bench && npm ci',
    wasm, loads, inProcess: true,
    cmd: () => ['node', [loaderScript('pyodide', `
const { loadPyodide } = await import(${JSON.stringify(path.join(dir, 'pyodide.mjs'))});
const py = await loadPyodide({ stdout: out });
py.runPython(PY_PROGRAM);
`)]],
  });
}
// MicroPython's WebAssembly port from npm.
{
  const dir = path.join(nodeModules, '@micropython', 'micropython-webassembly-pyscript');
  const wasm = path.join(dir, 'micropython.wasm');
  let version = '';
  try { version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'))).version; } catch {}
  contenders.push({
    key: 'micropython', name: `MicroPython ${version} webassembly (npm)`,
    present: fs.existsSync(wasm), missing: 'cd bench && npm ci',
    wasm, loads: [path.join(dir, 'micropython.mjs'), wasm], inProcess: true,
    cmd: () => ['node', [loaderScript('micropython', `
const { loadMicroPython } = await import(${JSON.stringify(path.join(dir, 'micropython.mjs'))});
const mp = await loadMicroPython({ stdout: out });
mp.runPython(PY_PROGRAM);
`)]],
  });
}
// Bare Node start, for scale.
contenders.push({
  key: 'node', name: 'bare node -e (for scale)', present: true,
  cmd: () => ['node', ['-e', `console.log(${JSON.stringify(FIRST)}); setInterval(() => {}, 1 << 30)`]],
});

function rssKiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : NaN;
  } catch {
    return NaN;
  }
}

// One run: spawn, wait for the first line, read RSS, end the child.
function runOnce(c) {
  return new Promise((resolve) => {
    const [cmd, args] = c.cmd();
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: tmp, stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    let out = '', err = '', startMs = null, rss = NaN, loadMs = null, loadCpuMs = null;
    let done = false;
    const finish = (error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve({ startMs, loadMs, loadCpuMs, rss, error });
    };
    const timer = setTimeout(() => finish('timeout'), 300000);
    child.stdout.on('data', (d) => {
      out += d;
      if (startMs === null && out.includes(FIRST)) {
        startMs = Number(process.hrtime.bigint() - t0) / 1e6;
        rss = rssKiB(child.pid);
        if (!c.inProcess) finish();
      }
      maybeDone();
    });
    child.stderr.on('data', (d) => {
      err += d;
      const m = /LOADMS ([\d.]+) ([\d.]+)\n/.exec(err);
      if (m) {
        loadMs = Number(m[1]);
        loadCpuMs = Number(m[2]);
      }
      maybeDone();
    });
    function maybeDone() {
      if (startMs !== null && loadMs !== null) finish();
    }
    child.on('exit', (code) => {
      if (!done) finish(`exited with ${code} before the first line: ${err.trim().split('\n').pop()}`);
    });
  });
}

function median(xs) {
  const s = xs.filter((x) => x !== null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const results = [];
for (const c of contenders) {
  if (opts.only && !opts.only.has(c.key)) continue;
  const r = { key: c.key, name: c.name };
  results.push(r);
  if (!c.present) {
    r.skipped = `not built/installed (${c.missing})`;
    continue;
  }
  if (c.wasm) {
    const w = fileSizes([c.wasm]);
    r.wasmRaw = w.raw;
    r.wasmGz = w.gz;
  }
  if (c.loads) {
    const l = fileSizes(c.loads);
    r.loadRaw = l.raw;
    r.loadGz = l.gz;
  }
  const starts = [], loads = [], loadCpus = [], rsses = [];
  for (let i = 0; i < opts.runs; i++) {
    const one = await runOnce(c);
    if (one.error) {
      r.error = one.error;
      break;
    }
    starts.push(one.startMs);
    if (one.loadMs !== null) loads.push(one.loadMs);
    if (one.loadCpuMs !== null) loadCpus.push(one.loadCpuMs);
    rsses.push(one.rss);
  }
  r.startMs = median(starts);
  r.loadMs = median(loads);
  r.loadCpuMs = median(loadCpus);
  r.rssKiB = median(rsses);
  process.stderr.write(`${c.key}: ${JSON.stringify(r)}\n`);
}
fs.rmSync(tmp, { recursive: true, force: true });

const mb = (n) => (n === undefined || n === null ? '-' : (n / 1e6).toFixed(2) + ' MB');
const ms = (n) => (n === undefined || n === null ? '-' : n.toFixed(0) + ' ms');
const lines = [
  `runs per figure: ${opts.runs} (medians); node ${process.version}; ${new Date().toISOString()}`,
  '',
  '| contender | .wasm raw | .wasm gzip -9 | loaded before first line (raw / gzip -9) | process start -> first line | load() -> first line | its CPU time | RSS at first line |',
  '|---|---|---|---|---|---|---|---|',
];
for (const r of results) {
  if (r.skipped) {
    lines.push(`| ${r.name} | ${r.skipped} | | | | | | |`);
    continue;
  }
  const loaded = r.loadRaw === undefined ? '-' : `${mb(r.loadRaw)} / ${mb(r.loadGz)}`;
  const rss = r.rssKiB ? (r.rssKiB / 1024).toFixed(0) + ' MiB' : '-';
  const start = r.error ? `error: ${r.error}` : ms(r.startMs);
  lines.push(`| ${r.name} | ${mb(r.wasmRaw)} | ${mb(r.wasmGz)} | ${loaded} | ${start} | ${ms(r.loadMs)} | ${ms(r.loadCpuMs)} | ${rss} |`);
}
process.stdout.write(lines.join('\n') + '\n');
if (opts.json) fs.writeFileSync(opts.json, JSON.stringify(results, null, 2) + '\n');
