// Prepended to krait_web.js (emcc --pre-js), inside the module factory.
//
// Emscripten creates /dev/random at start-up and looks `crypto` up right then. In Node,
// globalThis.crypto is a getter that loads all of WebCrypto (~10 ms of start-up); this
// factory-local stand-in defers that until something actually reads /dev/random.
var crypto = {
  getRandomValues(array) {
    const c = globalThis.crypto;
    if (c && typeof c.getRandomValues === 'function') return c.getRandomValues(array);
    return require('crypto').randomFillSync(array);
  },
};
