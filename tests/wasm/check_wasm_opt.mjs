// Checks that a release .wasm went through Binaryen's wasm-opt: the linker (wasm-ld, also
// under emcc) always writes "name" and "producers" custom sections, and the release builds'
// wasm-opt run strips both (CMakeLists.txt, KRAIT_WASM_OPT_LEVEL).
//   node tests/wasm/check_wasm_opt.mjs build-wasi/krait.wasm
import fs from 'node:fs';

const file = process.argv[2];
const buf = fs.readFileSync(file);
if (buf.readUInt32LE(0) !== 0x6d736100) {
  console.error(`${file}: not a wasm module`);
  process.exit(1);
}
function leb(pos) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, pos];
}
const custom = [];
for (let pos = 8; pos < buf.length;) {
  const id = buf[pos++];
  let size;
  [size, pos] = leb(pos);
  if (id === 0) {
    const [len, p] = leb(pos);
    custom.push(buf.subarray(p, p + len).toString('utf8'));
  }
  pos += size;
}
const left = custom.filter((n) => n === 'name' || n === 'producers');
console.log(`${file}: ${buf.length} bytes, custom sections: ${JSON.stringify(custom)}`);
if (left.length) {
  console.error(`wasm-opt did not run: ${left.join(', ')} still present`);
  process.exit(1);
}
console.log('1 passed, 0 failed');
