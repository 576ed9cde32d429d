// CommonJS entry: `const { loadKrait } = require('krait')`. The loader itself is the ES
// module (index.mjs); it is imported on first use. The PythonError class is available as
// `krait.PythonError` on a loaded interpreter (and from the ES module entry).
'use strict';

let esm;
function load() {
  if (!esm) esm = import('./index.mjs');
  return esm;
}

async function loadKrait(options) {
  return (await load()).loadKrait(options);
}

module.exports = { loadKrait, default: loadKrait };
