// The CommonJS entry (js/index.cjs) loads the same interpreter.
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const { loadKrait } = require(path.join(root, 'js/index.cjs'));

test('require() entry: loadKrait, runPython, PythonError', async () => {
  let out = '';
  const krait = await loadKrait({
    indexURL: process.env.KRAIT_WASM_DIR ?? path.join(root, 'build-wasm'),
    stdout: (t) => { out += t; },
  });
  krait.runPython('print("from cjs")');
  assert.equal(out, 'from cjs\n');
  assert.equal(krait.runPython('2**64'), 2n ** 64n);
  assert.throws(() => krait.runPython('raise KeyError(1)'),
    (e) => e instanceof krait.PythonError && e.type === 'KeyError');
});
