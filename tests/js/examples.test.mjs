// The examples under examples/ that run in Node: their output is checked here (the WASI
// example has its own ctest, example-wasi).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wasmDir = path.resolve(process.env.KRAIT_WASM_DIR ?? path.join(root, 'build-wasm'));

test('examples/node/hello.mjs runs Python from Node', () => {
  const out = execFileSync(process.execPath, [path.join(root, 'examples/node/hello.mjs')], {
    env: { ...process.env, KRAIT_WASM_DIR: wasmDir },
    encoding: 'utf8',
    timeout: 120000,
  });
  assert.equal(out, [
    'Hello from Python (3, 11)',
    'sum of squares, seen from JS: 285',
    'Hi, Node!',
    'json.dumps from JS: {"a": [1, 2]}',
    'caught ZeroDivisionError',
    '',
  ].join('\n'));
});
