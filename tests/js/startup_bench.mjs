// Start-up benchmark: time from the loadKrait() call to the first executed Python line
// (the first stdout callback of `print("ready")`), each in a fresh Node process; prints the
// median of N runs (wall clock, and the process's CPU time over the same span, which a shared
// machine's load disturbs less) and the .wasm size (raw and gzip -9).
//   node tests/js/startup_bench.mjs [runs=10] [other checkout...]
// Each other checkout (a directory with js/ and build-wasm/) is measured in the same run,
// alternating process by process with this one, so that a shared machine's load hits all
// of them alike.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const wasmDir = process.env.KRAIT_WASM_DIR ?? path.join(root, 'build-wasm');

if (process.argv[2] === '--child') {
  const [, , , jsDir, dir] = process.argv;
  const { loadKrait } = await import(path.join(jsDir, 'index.mjs'));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let t1, cpu;
  const krait = await loadKrait({
    indexURL: dir,
    stdout: () => {
      if (t1 !== undefined) return;
      t1 = performance.now();
      const c = process.cpuUsage(c0);
      cpu = (c.user + c.system) / 1000;
    },
  });
  krait.runPython('print("ready")');
  process.stdout.write(`${(t1 - t0).toFixed(2)} ${cpu.toFixed(2)}\n`);
} else {
  const runs = Number(process.argv[2] ?? 10);
  const variants = [{ label: 'this checkout', js: path.join(root, 'js'), dir: wasmDir, times: [], cpus: [] }];
  for (const other of process.argv.slice(3)) {
    const o = path.resolve(other);
    variants.push({ label: o, js: path.join(o, 'js'), dir: path.join(o, 'build-wasm'), times: [], cpus: [] });
  }
  for (let i = 0; i < runs; i++) {
    for (const v of variants) {
      const out = execFileSync(process.execPath,
        [fileURLToPath(import.meta.url), '--child', v.js, v.dir], { encoding: 'utf8' });
      const [wall, cpu] = out.trim().split(' ').map(Number);
      v.times.push(wall);
      v.cpus.push(cpu);
    }
  }
  const gz = (b) => zlib.gzipSync(b, { level: 9 }).length;
  const medianOf = (xs) => (runs % 2 ? xs[(runs - 1) / 2] : (xs[runs / 2 - 1] + xs[runs / 2]) / 2);
  for (const v of variants) {
    const times = v.times.sort((a, b) => a - b);
    const cpus = v.cpus.sort((a, b) => a - b);
    const median = medianOf(times);
    const wasm = fs.readFileSync(path.join(v.dir, 'krait_web.wasm'));
    const js = fs.readFileSync(path.join(v.dir, 'krait_web.js'));
    if (variants.length > 1) console.log(`== ${v.label}`);
    console.log(`krait_web.wasm: ${wasm.length} bytes raw, ${gz(wasm)} bytes gzip -9`);
    console.log(`krait_web.js:   ${js.length} bytes raw, ${gz(js)} bytes gzip -9`);
    console.log(`loadKrait() -> first executed line (Node ${process.version}), ${runs} runs: median ${median.toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[runs - 1].toFixed(1)})`);
    console.log(`  CPU time of the process over the same span (all threads): median ${medianOf(cpus).toFixed(1)} ms (min ${cpus[0].toFixed(1)}, max ${cpus[runs - 1].toFixed(1)})`);
  }
}
