// Prepended to krait.js, the wasm CLI under Node (emcc --pre-js): V8 flags for the module,
// set before it compiles.
//
// - Tiering budget. V8 compiles wasm functions with Liftoff first and recompiles a function
//   with TurboFan once it has used up its budget (about the bytes of code it executed). With
//   V8's default (1.8M) some 70 functions are recompiled in a one-second program, most of them
//   hot only while the program's own source is parsed and compiled (tokenizer, parser, code
//   generator), and TurboFan's compile time counts in the process's CPU time. At 30M TurboFan
//   is kept for code that stays hot (the eval loop, dict lookups, the allocator).
// - Inlining of small wasm functions into TurboFan code (V8 11.3 / Node 20: off by default).
// bench/run.py, wasm, CPU time, Node 20: geometric mean about 1.1x faster with both.
// A flag given on node's command line (node --wasm-tiering-budget=N krait.js) or in
// NODE_OPTIONS is kept.
if (typeof process === 'object' && Array.isArray(process.execArgv)) {
  const nodeArgs = process.execArgv.concat((process.env.NODE_OPTIONS || '').split(/\s+/));
  const given = (name) => nodeArgs.some((a) => a.replace(/_/g, '-').includes(name));
  const flags = [];
  if (!given('wasm-tiering-budget')) flags.push('--wasm-tiering-budget=30000000');
  if (!given('wasm-inlining')) flags.push('--wasm-inlining');
  try {
    if (flags.length) require('v8').setFlagsFromString(flags.join(' '));
  } catch (e) {
    // Not V8: the engine's defaults apply.
  }
}
