// Tests of toolchain/wasi-run.mjs with the standalone WASI build (build-wasi/krait.wasm or
// $KRAIT_WASM): what a WASI host must give the program (arguments, environment, stdin,
// preopened directories, the exit status) arrives intact.
//   node --test tests/wasi/wasi_run_test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const wasm = process.env.KRAIT_WASM || path.join(root, 'build-wasi', 'krait.wasm');
const runner = path.join(root, 'toolchain', 'wasi-run.mjs');

function run(args, { cwd, input, env } = {}) {
  const r = spawnSync('node', [runner, wasm, ...args], {
    cwd: cwd || root, input: input ?? '', env: { ...process.env, ...env }, encoding: 'utf8',
    timeout: 120000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'krait-wasi-test-'));
}

test('the module is built', () => {
  assert.ok(fs.existsSync(wasm), `${wasm} is missing: toolchain/build.sh wasi`);
});

test('arguments, sys.platform and the exit status', () => {
  const r = run(['-c', 'import sys; print(sys.platform, sys.argv[1:]); sys.exit(7)', 'a b', 'é']);
  assert.equal(r.stdout, "wasi ['a b', 'é']\n");
  assert.equal(r.status, 7);
  assert.equal(r.stderr, '', 'node:wasi warnings must not reach the program\'s stderr');
});

test('an uncaught exception: traceback on stderr, status 1', () => {
  const r = run(['-c', 'raise ValueError("boom")']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /ValueError: boom\n$/);
});

test('the environment is passed through and os.getcwd() is the host directory', () => {
  const dir = tempDir();
  const r = run(['-c', 'import os; print(os.environ["KRAIT_WASI_T"]); print(os.getcwd())'],
    { cwd: dir, env: { KRAIT_WASI_T: 'value=1' } });
  assert.equal(r.stdout, `value=1\n${fs.realpathSync(dir)}\n`);
  assert.equal(r.status, 0);
});

test('stdin reaches input() and sys.stdin; EOFError at its end', () => {
  const prog = 'import sys\nprint(input("> ").upper())\nprint(sys.stdin.read().split())\n' +
    'try:\n    input()\nexcept EOFError:\n    print("eof")\n';
  const r = run(['-c', prog], { input: 'hello\nx y\nz\n' });
  assert.equal(r.stdout, "> HELLO\n['x', 'y', 'z']\neof\n");
  assert.equal(r.status, 0);
});

test('a script outside the current directory imports its sibling module', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'helper.py'), 'VALUE = 41\n');
  fs.writeFileSync(path.join(dir, 'main.py'),
    'import helper, os, sys\nprint(helper.VALUE + 1)\nprint(os.path.dirname(__file__) == sys.path[0])\n');
  const r = run([path.join(dir, 'main.py')], { cwd: root });
  assert.equal(r.stdout, '42\nTrue\n');
  assert.equal(r.status, 0);
});

test('files: relative paths in the current directory, absolute ones in /tmp', () => {
  const dir = tempDir();
  const abs = path.join(dir, 'abs.txt');
  const prog = `
import os
# (WASI has its own errno numbers, e.g. ENOENT is 44, as in CPython's WASI build.)
with open("rel.txt", "w") as f:
    f.write("relative\\n")
with open(${JSON.stringify(abs)}, "w") as f:
    f.write("absolute\\n")
print(open("rel.txt").read(), end="")
print(sorted(os.listdir(".")))
os.rename("rel.txt", "moved.txt")
print(os.path.exists("rel.txt"), os.path.getsize("moved.txt"))
os.mkdir("sub")
os.remove("moved.txt")
print(sorted(os.listdir(".")))
try:
    open("/no/such/dir/x")
except FileNotFoundError as e:
    import errno
    print("FileNotFoundError", e.errno == errno.ENOENT, e.strerror)
`;
  const r = run(['-c', prog], { cwd: dir });
  assert.equal(r.stderr, '');
  assert.equal(r.stdout,
    "relative\n['abs.txt', 'rel.txt']\nFalse 9\n['abs.txt', 'sub']\nFileNotFoundError True No such file or directory\n");
  assert.equal(fs.readFileSync(abs, 'utf8'), 'absolute\n');
  assert.ok(fs.statSync(path.join(dir, 'sub')).isDirectory());
});

test('the standard library is importable from its preopened directory', () => {
  const r = run(['-c', 'import textwrap, json; print(json.dumps(textwrap.wrap("a b c d", 3)))']);
  assert.equal(r.stdout, '["a b", "c d"]\n');
  assert.equal(r.status, 0);
});

test('a missing script: CPython\'s message and status 2', () => {
  const r = run(['no_such_script.py']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /can't open file .*no_such_script\.py.*No such file or directory/);
});

test('output and exit after the memory has grown many times (node:wasi fast calls)', () => {
  // Node 20's WASI fast-API entry points could use a stale view of a grown memory: this
  // crashed the runner by SIGSEGV (every run) before it wrapped the imports.
  const dir = tempDir();
  const prog = path.join(dir, 'grow.py');
  fs.writeFileSync(prog, [
    'chunks = []',
    'for i in range(32):',
    '    chunks.append(bytearray(16 * 1024 * 1024))',
    '    print(i, len(chunks), flush=True)',
    'print("done")',
    '',
  ].join('\n'));
  const r = run([prog]);
  const expected = Array.from({ length: 32 }, (_, i) => `${i} ${i + 1}\n`).join('') + 'done\n';
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, expected);
  assert.equal(r.status, 0);
});
