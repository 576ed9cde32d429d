// Start-up in Node: V8's code cache of krait_web.js (option cacheDir), the lazily
// validated wasm compile and the compilation hints of a release krait_web.wasm. Each case
// runs loadKrait() in a fresh Node process, since a process loads the glue only once.
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wasmDir } from './helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const index = path.join(root, 'js', 'index.mjs');
const glue = fs.readFileSync(path.join(wasmDir, 'krait_web.js'));

// Loads an interpreter in a child process and prints
// {codeCache, out, invalidModule: {sync, async}} as JSON.
function child(cacheDir, extraEnv = {}) {
  const script = `
    const { loadKrait } = await import(${JSON.stringify(index)});
    let out = '';
    const opts = { indexURL: ${JSON.stringify(wasmDir)}, stdout: (t) => { out += t; } };
    const cacheDir = ${JSON.stringify(cacheDir)};
    if (cacheDir !== null) opts.cacheDir = cacheDir;
    const krait = await loadKrait(opts);
    krait.runPython('print(sum(range(10)))');
    // A module whose function body is invalid (i32.add on an empty stack): validation must
    // still reject it after loadKrait() (the lazy-validation flag is restored).
    const bad = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0,
      10, 5, 1, 3, 0, 0x6a, 0x0b]);
    const invalidModule = {};
    try { new WebAssembly.Module(bad); invalidModule.sync = 'compiled'; }
    catch (e) { invalidModule.sync = e.constructor.name; }
    try { await WebAssembly.compile(bad); invalidModule.async = 'compiled'; }
    catch (e) { invalidModule.async = e.constructor.name; }
    console.log(JSON.stringify({ codeCache: krait.timing.codeCache, out, invalidModule }));
  `;
  const text = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8', env: { ...process.env, ...extraEnv },
  });
  return JSON.parse(text.trim().split('\n').pop());
}

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'krait-cache-test-'));
}

function cacheFiles(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.jscache')) : [];
}

test('the code cache is written on the first load and used by the next', () => {
  const dir = path.join(tempDir(), 'sub', 'dir');   // made on demand
  const first = child(dir);
  assert.equal(first.codeCache, 'miss');
  assert.equal(first.out, '45\n');
  const files = cacheFiles(dir);
  assert.equal(files.length, 1);
  const data = fs.readFileSync(path.join(dir, files[0]));
  assert.equal(data.toString('latin1', 0, 8), 'KRAITJS1');
  assert.equal(data.readUInt32LE(8), glue.length);
  assert.ok(data.subarray(12, 12 + glue.length).equals(glue), 'the cache holds its source');
  assert.ok(data.length > 12 + glue.length, 'and V8 code after it');
  const second = child(dir);
  assert.equal(second.codeCache, 'hit');
  assert.equal(second.out, '45\n');
});

test('a cache made from another source or damaged is not used, and is replaced', () => {
  const dir = tempDir();
  child(dir);
  const [name] = cacheFiles(dir);
  const file = path.join(dir, name);
  const good = fs.readFileSync(file);
  // Same length, one byte of the recorded source changed: the source no longer matches.
  const other = Buffer.from(good);
  other[12 + 100] ^= 1;
  fs.writeFileSync(file, other);
  const r1 = child(dir);
  assert.equal(r1.codeCache, 'miss');
  assert.equal(r1.out, '45\n');
  assert.ok(fs.readFileSync(file).subarray(12, 12 + glue.length).equals(glue));
  // Matching source, garbage instead of V8's data: V8 rejects it.
  fs.writeFileSync(file, Buffer.concat([good.subarray(0, 12 + glue.length), Buffer.alloc(4096, 7)]));
  const r2 = child(dir);
  assert.equal(r2.codeCache, 'rejected');
  assert.equal(r2.out, '45\n');
  assert.equal(child(dir).codeCache, 'hit');
  // Truncated and wrong magic.
  fs.writeFileSync(file, good.subarray(0, 20));
  assert.equal(child(dir).codeCache, 'miss');
  fs.writeFileSync(file, Buffer.concat([Buffer.from('NOTKRAIT'), good.subarray(8)]));
  assert.equal(child(dir).codeCache, 'miss');
  assert.equal(child(dir).codeCache, 'hit');
});

test('cacheDir: false writes nothing; an unusable directory only means no cache', () => {
  const dir = tempDir();
  const off = child(false, { KRAIT_CACHE_DIR: dir });
  assert.equal(off.codeCache, 'off');
  assert.equal(off.out, '45\n');
  assert.deepEqual(cacheFiles(dir), []);
  // KRAIT_CACHE_DIR is the default directory.
  assert.equal(child(null, { KRAIT_CACHE_DIR: dir }).codeCache, 'miss');
  assert.equal(cacheFiles(dir).length, 1);
  assert.equal(child(null, { KRAIT_CACHE_DIR: dir }).codeCache, 'hit');
  // A directory that cannot be made (a file is in the way).
  const blocker = path.join(tempDir(), 'file');
  fs.writeFileSync(blocker, 'x');
  const r = child(path.join(blocker, 'cache'));
  assert.equal(r.codeCache, 'miss');
  assert.equal(r.out, '45\n');
});

test('wasm validation is back on after loadKrait() (lazy validation is only for Krait)', () => {
  const r = child(tempDir());
  assert.deepEqual(r.invalidModule, { sync: 'CompileError', async: 'CompileError' });
});

test('a cache directory that others can write to, or a symlink, is not used', () => {
  const dir = tempDir();
  fs.chmodSync(dir, 0o777);
  const r = child(dir);
  assert.equal(r.codeCache, 'unsafe');
  assert.equal(r.out, '45\n');
  assert.deepEqual(cacheFiles(dir), []);
  // A valid cache planted there is not read either.
  const good = tempDir();
  child(good);
  const [name] = cacheFiles(good);
  fs.copyFileSync(path.join(good, name), path.join(dir, name));
  assert.equal(child(dir).codeCache, 'unsafe');
  fs.chmodSync(dir, 0o700);
  assert.equal(child(dir).codeCache, 'hit');
  // A symlink to a good directory.
  const link = path.join(tempDir(), 'link');
  fs.symlinkSync(good, link);
  assert.equal(child(link).codeCache, 'unsafe');
});

// The custom section toolchain/wasm_startup_hints.mjs adds after the release link.
function compilationHints(buf) {
  const leb = (pos) => {
    let value = 0, shift = 0, byte;
    do {
      byte = buf[pos++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return [value, pos];
  };
  let declared = 0, hints = null, order = [];
  for (let pos = 8; pos < buf.length;) {
    const id = buf[pos++];
    let size;
    [size, pos] = leb(pos);
    if (id === 3) [declared] = leb(pos);
    if (id === 0) {
      const [len, p] = leb(pos);
      const name = buf.subarray(p, p + len).toString('utf8');
      if (name === 'compilationHints') {
        const [count, q] = leb(p + len);
        hints = { count, bytes: buf.subarray(q, q + count), end: q + count, sectionEnd: pos + size };
      }
      order.push(name);
    } else {
      order.push(id);
    }
    pos += size;
  }
  return { declared, hints, order };
}

const release = fs.existsSync(path.join(wasmDir, 'CMakeCache.txt')) &&
  /CMAKE_BUILD_TYPE:STRING=(Release|MinSizeRel)/.test(
    fs.readFileSync(path.join(wasmDir, 'CMakeCache.txt'), 'utf8'));

test('a release krait_web.wasm carries compilation hints for its start-up functions',
  { skip: !release && 'not a release build directory' }, () => {
    const { declared, hints, order } = compilationHints(
      fs.readFileSync(path.join(wasmDir, 'krait_web.wasm')));
    assert.ok(hints, 'compilationHints section present');
    assert.equal(hints.count, declared, 'one hint per declared function');
    assert.equal(hints.end, hints.sectionEnd);
    // Between the function section (3) and the code section (10), where V8 reads it.
    const at = order.indexOf('compilationHints');
    assert.ok(order.indexOf(3) < at && at === order.indexOf(10) - 1, JSON.stringify(order));
    const eager = hints.bytes.filter((b) => b === 0x06).length;
    const lazy = hints.bytes.filter((b) => b === 0x01).length;
    assert.equal(eager + lazy, declared, 'only eager-Liftoff and lazy hints');
    assert.ok(eager >= 50 && eager < declared / 4, `${eager} eager functions`);
  });

test('a module without hints compiles and runs as before (stripped copy)', () => {
  // The same build without the section: loadKrait() must not depend on it.
  const dir = tempDir();
  const buf = fs.readFileSync(path.join(wasmDir, 'krait_web.wasm'));
  const { hints } = compilationHints(buf);
  let plain = buf;
  if (hints) {
    // Cut the custom section out: find its header start by walking the sections again.
    const parts = [buf.subarray(0, 8)];
    for (let pos = 8; pos < buf.length;) {
      const start = pos;
      pos++;
      let size = 0, shift = 0, byte;
      do {
        byte = buf[pos++];
        size += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      const end = pos + size;
      const isHints = buf[start] === 0 &&
        buf.subarray(pos + 1, pos + 17).toString('latin1') === 'compilationHints';
      if (!isHints) parts.push(buf.subarray(start, end));
      pos = end;
    }
    plain = Buffer.concat(parts);
    assert.equal(compilationHints(plain).hints, null);
  }
  fs.writeFileSync(path.join(dir, 'krait_web.wasm'), plain);
  fs.copyFileSync(path.join(wasmDir, 'krait_web.js'), path.join(dir, 'krait_web.js'));
  const script = `
    const { loadKrait } = await import(${JSON.stringify(index)});
    let out = '';
    const k = await loadKrait({ indexURL: ${JSON.stringify(dir + '/')}, cacheDir: false,
                                stdout: (t) => { out += t; } });
    k.runPython('print([x * x for x in range(5)])');
    console.log(out.trim());
  `;
  const text = execFileSync(process.execPath, ['--input-type=module', '-e', script],
    { encoding: 'utf8' });
  assert.equal(text.trim(), '[0, 1, 4, 9, 16]');
});
