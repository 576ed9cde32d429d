// Shared set-up for the JS API tests: loads the package from js/ with the wasm files of the
// build directory named by KRAIT_WASM_DIR (default: build-wasm/ of this checkout).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const wasmDir = process.env.KRAIT_WASM_DIR ?? path.join(root, 'build-wasm');
export const { loadKrait, PythonError } = await import(path.join(root, 'js/index.mjs'));

// An interpreter whose output is collected in .out / .err.
export async function load(options = {}) {
  const io = { out: '', err: '' };
  const krait = await loadKrait({
    indexURL: wasmDir,
    stdout: (t) => { io.out += t; },
    stderr: (t) => { io.err += t; },
    ...options,
  });
  krait.io = io;
  return krait;
}
