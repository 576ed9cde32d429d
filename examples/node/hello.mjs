// Python from a Node program through the js/ package (build it first: toolchain/build.sh wasm):
//   node examples/node/hello.mjs
// KRAIT_WASM_DIR: the directory with krait_web.{js,wasm} and the stdlib image (default
// build-wasm/ of this checkout).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKrait } from '../../js/index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wasmDir = process.env.KRAIT_WASM_DIR ?? path.join(root, 'build-wasm');

const krait = await loadKrait({
  indexURL: wasmDir + path.sep,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

// Python prints through the stdout callback; the last expression's value comes back to JS.
krait.runPython('import sys\nprint("Hello from Python", tuple(sys.version_info[:2]))');
const total = krait.runPython('sum(i * i for i in range(10))');
console.log('sum of squares, seen from JS:', total);

// Globals both ways, and a module imported from JS.
krait.globals.set('name', 'Node');
console.log(krait.runPython('f"Hi, {name}!"'));
const json = krait.pyimport('json');
console.log('json.dumps from JS:', json.dumps(krait.runPython('{"a": [1, 2]}')));

// A Python exception arrives as a PythonError.
try {
  krait.runPython('1 / 0');
} catch (e) {
  console.log('caught', e.type);
}
