// Krait's JavaScript loader: loadKrait() returns an interpreter with runPython,
// runPythonAsync, globals, pyimport, value conversion both ways, registerJsModule and
// interrupts. The same file loads in a page, in a Web Worker and in Node.js 20.
//
// Each loadKrait() call instantiates its own copy of the wasm module (the compiled module is
// shared), so several interpreters in one process are fully independent.

const IS_NODE = typeof process === 'object' && process.versions != null &&
  process.versions.node != null && typeof window === 'undefined';

// startAsync()/resume() statuses and wait kinds (web/krait_web.cpp).
const RUN_DONE = 0, RUN_PAUSED = 1, RUN_ERROR = 2;
const WAIT_NONE = 0, WAIT_STDIN = 1, WAIT_SLEEP = 2, WAIT_PROMISE = 3;

// Kinds for bridge.kind() (web/krait_web.cpp JsKind).
const K = {
  undefined: 0, null: 1, bool: 2, number: 3, bigint: 4, string: 5, bytes: 6, array: 7,
  map: 8, pyproxy: 9, destroyedPyproxy: 10, function: 11, object: 12, plainObject: 13, set: 14,
};

const PY = Symbol('krait.pyproxy');

/** A Python exception surfaced in JavaScript. `message` is the Python traceback text and
 * `type` the exception class name. */
export class PythonError extends Error {
  constructor(message, type) {
    super(message);
    this.type = type;
  }
  get name() { return 'PythonError'; }
}

function describe(e) {
  if (e instanceof Error) return [e.name || 'Error', e.message];
  try {
    return ['Error', String(e)];
  } catch {
    return ['Error', '<unprintable JS value>'];
  }
}

// A JS function fetched as an attribute keeps the object it came from, so that calling it
// from Python passes the right `this` (document.getElementById(...)).
class BoundMethod {
  constructor(fn, self) { this.fn = fn; this.self = self; }
}

// The object web/krait_web.cpp calls into. Every method that runs user JS catches what it
// throws and returns ERR instead (the error goes to takeJsError()).
class Bridge {
  constructor(krait) {
    this.krait = krait;
    this.refs = [];
    this.freeRefs = [];
    this.ERR = { err: true };
    this.DONE = { done: true };
    this.MISSING = { missing: true };
    this.jsError = undefined;
    this.pyError = undefined;
    this.startupText = undefined;
  }
  addRef(v) {
    const id = this.freeRefs.length ? this.freeRefs.pop() : this.refs.length;
    this.refs[id] = v;
    return id;
  }
  ref(id) {
    const v = this.refs[id];
    if (v instanceof BoundMethod) return v.fn.bind(v.self);
    return v;
  }
  release(id) {
    if (id >= 0 && id < this.refs.length && this.refs[id] !== undefined) {
      this.refs[id] = undefined;
      this.freeRefs.push(id);
    }
  }
  liveRefs() { return this.refs.length - this.freeRefs.length; }
  globalObject() { return globalThis; }
  fail(e) {
    this.jsError = e;
    return this.ERR;
  }
  setJsError(e) { this.jsError = e; }
  takeJsError() {
    const e = this.jsError;
    this.jsError = undefined;
    if (e instanceof PythonError && e[PY] && e[PY].krait === this.krait && !e[PY].released) {
      const h = e[PY].handle;
      e[PY].released = true;
      this.krait._registry.unregister(e[PY]);   // the handle goes back to Python
      return ['', '', undefined, true, h];
    }
    const [name, message] = describe(e);
    return [name, message, e, false, -1];
  }
  kind(v) {
    switch (typeof v) {
      case 'undefined': return K.undefined;
      case 'boolean': return K.bool;
      case 'number': return K.number;
      case 'bigint': return K.bigint;
      case 'string': return K.string;
      case 'function': {
        const st = v[PY];
        if (st && st.krait === this.krait) return st.destroyed ? K.destroyedPyproxy : K.pyproxy;
        return K.function;
      }
      case 'object': {
        if (v === null) return K.null;
        if (v instanceof BoundMethod) return K.function;
        if (v instanceof Uint8Array || v instanceof ArrayBuffer) return K.bytes;
        if (Array.isArray(v)) return K.array;
        if (v instanceof Map) return K.map;
        if (v instanceof Set) return K.set;
        const proto = Object.getPrototypeOf(v);
        if (proto === Object.prototype || proto === null) return K.plainObject;
        return K.object;
      }
      default: return K.object;
    }
  }
  pyHandle(v) { return v[PY].handle; }
  bigint(s) { return BigInt(s); }
  bigToString(v) { return v.toString(); }
  asBytes(v) { return v instanceof Uint8Array ? v : new Uint8Array(v); }
  entries(v) {
    return v instanceof Map ? Array.from(v.entries()) : Object.entries(v);
  }
  makePyProxy(h) { return this.krait._makeProxy(h); }
  setPyError(type, text, h) {
    const err = new PythonError(text, type);
    const st = { krait: this.krait, handle: h, released: false };
    Object.defineProperty(err, PY, { value: st });
    this.krait._registry.register(err, h, st);
    this.pyError = err;
  }
  takePyError() {
    const e = this.pyError;
    this.pyError = undefined;
    return e;
  }
  startupError(text) { this.startupText = text; }
  pollInterrupt() {
    const buf = this.krait._interruptBuffer;
    if (!buf) return false;
    const v = Atomics.load(buf, 0);
    if (v === 0) return false;
    Atomics.store(buf, 0, 0);
    return v === 2;   // SIGINT
  }
  stdinSync() {
    try {
      const line = this.krait._readStdinSync();
      return line == null ? null : line;
    } catch (e) {
      return this.fail(e);
    }
  }
  // ---- JsProxy operations (ids are indexes into refs)
  get(id, name) {
    try {
      const o = this.refs[id];
      const target = o instanceof BoundMethod ? o.fn : o;
      if (target === null || target === undefined) {
        throw new TypeError(`cannot read property '${name}' of ${target}`);
      }
      if (!(name in Object(target))) return this.MISSING;
      const v = target[name];
      if (typeof v === 'function' && target !== globalThis && !(v[PY])) {
        return new BoundMethod(v, target);
      }
      return v;
    } catch (e) {
      return this.fail(e);
    }
  }
  set(id, name, value) {
    try {
      this.refs[id][name] = value;
      return undefined;
    } catch (e) {
      return this.fail(e);
    }
  }
  del(id, name) {
    try {
      delete this.refs[id][name];
      return undefined;
    } catch (e) {
      return this.fail(e);
    }
  }
  call(id, thisId, args, construct) {
    try {
      let f = this.refs[id];
      let self = thisId >= 0 ? this.refs[thisId] : undefined;
      if (f instanceof BoundMethod) {
        if (self === undefined) self = f.self;
        f = f.fn;
      }
      if (typeof f !== 'function') throw new TypeError(`${this.repr(id)} is not a function`);
      return construct ? Reflect.construct(f, args) : Reflect.apply(f, self, args);
    } catch (e) {
      return this.fail(e);
    }
  }
  repr(id) {
    try {
      const o = this.refs[id];
      if (o instanceof BoundMethod) return String(o.fn);
      if (typeof o === 'object' && o !== null && Object.getPrototypeOf(o) === Object.prototype) {
        try {
          return JSON.stringify(o);
        } catch { /* fall through */ }
      }
      return String(o);
    } catch (e) {
      return '[object]';
    }
  }
  typeOf(id) {
    const o = this.refs[id];
    return o instanceof BoundMethod ? 'function' : typeof o;
  }
  len(id) {
    try {
      const o = this.refs[id];
      if (o instanceof Map || o instanceof Set) return o.size;
      if (o != null && typeof o.length === 'number') return o.length;
      throw new TypeError('object has no len()');
    } catch (e) {
      return this.fail(e);
    }
  }
  iter(id) {
    try {
      const o = this.refs[id];
      if (o == null || typeof o[Symbol.iterator] !== 'function') {
        if (o != null && typeof o === 'object') return Object.keys(o)[Symbol.iterator]();
        throw new TypeError('JS object is not iterable');
      }
      return o[Symbol.iterator]();
    } catch (e) {
      return this.fail(e);
    }
  }
  next(id) {
    try {
      const r = this.refs[id].next();
      return r.done ? this.DONE : r.value;
    } catch (e) {
      return this.fail(e);
    }
  }
  truthy(id) {
    const o = this.refs[id];
    if (o instanceof Map || o instanceof Set) return o.size > 0;
    if (Array.isArray(o)) return o.length > 0;
    return !!o;
  }
  dir(id) {
    const out = new Set();
    for (let o = this.refs[id]; o != null; o = Object.getPrototypeOf(o)) {
      for (const k of Object.getOwnPropertyNames(o)) out.add(k);
    }
    return Array.from(out);
  }
  getItem(id, key) {
    try {
      const o = this.refs[id];
      if (o instanceof Map) return o.has(key) ? o.get(key) : this.MISSING;
      if (Array.isArray(o) || ArrayBuffer.isView(o)) {
        let i = Number(key);
        if (i < 0) i += o.length;
        if (!Number.isInteger(i) || i < 0 || i >= o.length) {
          throw new RangeError(`index ${key} out of range`);
        }
        return o[i];
      }
      if (!(key in Object(o))) return this.MISSING;
      return o[key];
    } catch (e) {
      return this.fail(e);
    }
  }
  setItem(id, key, value) {
    try {
      const o = this.refs[id];
      if (o instanceof Map) o.set(key, value);
      else o[key] = value;
      return undefined;
    } catch (e) {
      return this.fail(e);
    }
  }
  equals(a, b) {
    const x = this.refs[a], y = this.refs[b];
    if (x instanceof BoundMethod && y instanceof BoundMethod) return x.fn === y.fn && x.self === y.self;
    return x === y;
  }
}

// ---- the PyProxy: a Python object seen from JS

const PROXY_METHODS = new Set([
  'toJs', 'destroy', 'toString', 'type', 'callKwargs', 'get', 'set', 'has', 'delete',
  'isDestroyed', 'repr', 'length', 'then', 'catch', 'finally',
]);

function proxyHandler(krait) {
  return {
    get(target, prop) {
      const st = target[PY];
      if (prop === PY) return st;
      if (typeof prop === 'symbol') {
        if (prop === Symbol.iterator) return () => krait._iterate(st);
        if (prop === Symbol.toStringTag) return 'PyProxy';
        if (prop === Symbol.toPrimitive) return undefined;
        return undefined;
      }
      if (PROXY_METHODS.has(prop)) return krait._proxyMethod(st, prop);
      return krait._proxyGetAttr(st, prop);
    },
    set(target, prop, value) {
      if (typeof prop === 'symbol') return false;
      krait._proxySetAttr(target[PY], prop, value);
      return true;
    },
    has(target, prop) {
      if (typeof prop === 'symbol') return prop === PY;
      return krait._proxyHasAttr(target[PY], prop);
    },
    deleteProperty(target, prop) {
      if (typeof prop === 'symbol') return false;
      krait._proxyDelAttr(target[PY], prop);
      return true;
    },
    apply(target, thisArg, args) {
      return krait._proxyCall(target[PY], args, undefined);
    },
  };
}

// ---- loading the wasm module

const compiledCache = new Map();   // url -> Promise<WebAssembly.Module>
const factoryCache = new Map();    // url -> Promise<factory>

function defaultIndexURL() {
  return new URL('../build-wasm/', import.meta.url).href;
}

// Node's built-in modules. process.getBuiltinModule (Node >= 20.16) hands out the CommonJS
// objects directly; `import('node:fs')` would build an ES module facade over every export,
// which touches lazy getters (fs.ReadStream loads all of streams) and costs ~20 ms at start-up.
const NODE_BUILTINS = ['fs', 'path', 'url', 'module', 'os', 'v8', 'vm'];
let nodeModulesPromise;
function nodeModules() {
  if (!nodeModulesPromise) {
    nodeModulesPromise = typeof process.getBuiltinModule === 'function'
      ? Promise.resolve(Object.fromEntries(NODE_BUILTINS.map(
        (n) => [n, process.getBuiltinModule(`node:${n}`)])))
      : Promise.all(NODE_BUILTINS.map((n) => import(`node:${n}`)))
        .then((mods) => Object.fromEntries(NODE_BUILTINS.map((n, i) => [n, mods[i]])));
  }
  return nodeModulesPromise;
}

function toFilePath(nm, u) {
  return u.startsWith('file:') ? nm.url.fileURLToPath(u) : u;
}

async function loadFactory(indexURL, cacheDir) {
  const key = indexURL + 'krait_web.js';
  if (!factoryCache.has(key)) {
    factoryCache.set(key, (async () => {
      if (IS_NODE) {
        const nm = await nodeModules();
        return loadGlueNode(nm, toFilePath(nm, key), cacheDir);
      }
      if (typeof importScripts === 'function' && typeof document === 'undefined' &&
          typeof globalThis.createKraitModule !== 'function') {
        // classic worker
        try {
          importScripts(key);
          if (typeof globalThis.createKraitModule === 'function') return globalThis.createKraitModule;
        } catch { /* module worker: fall through */ }
      }
      const text = await (await fetch(key)).text();
      // eslint-disable-next-line no-new-func
      return new Function(`${text}\n;return createKraitModule;`)();
    })());
  }
  return factoryCache.get(key);
}

async function compileWasm(indexURL) {
  const key = indexURL + 'krait_web.wasm';
  if (!compiledCache.has(key)) {
    compiledCache.set(key, (async () => {
      if (IS_NODE) {
        const nm = await nodeModules();
        return compileWasmNode(nm, nm.fs.readFileSync(toFilePath(nm, key)));
      }
      const resp = fetch(key);
      if (WebAssembly.compileStreaming) {
        try {
          return await WebAssembly.compileStreaming(resp);
        } catch { /* wrong MIME type: fall back */ }
      }
      return WebAssembly.compile(await (await fetch(key)).arrayBuffer());
    })());
  }
  return compiledCache.get(key);
}

// In Node the module is compiled synchronously with V8's lazy validation: with lazy
// compilation (V8's default) each function is compiled on its first call, and with lazy
// validation it is also validated only then, instead of all ~3,500 functions up front
// (~10 ms less CPU at start-up). The flag is process-wide, so it is set only for the duration
// of this synchronous compile (nothing else runs meanwhile) and then restored; an async
// compile would read it later on V8's threads. Our .wasm is produced by the build and has
// been through wasm-opt, so deferring its validation loses nothing.
//
// A release build's krait_web.wasm also carries V8 compilation hints
// (toolchain/wasm_startup_hints.mjs): the ~260 functions that start-up and a first print()
// run are marked eager, the rest lazy. V8 reads them only with its experimental
// compilation-hints flag and without lazy compilation (which would override every hint), so
// both are switched for the same synchronous compile too: the start-up functions are then
// compiled in one batch, partly on V8's background threads, instead of one by one on the main
// thread when first called (~10 ms less CPU, more on a quiet machine's wall clock).
// Flags the user set on the command line are left alone; other V8 versions than Node 20's
// (11.3, where this was measured) ignore the hints.
const WASM_FLAGS = /^--(no-)?(wasm[-_]lazy[-_](validation|compilation)|experimental[-_]wasm[-_]compilation[-_]hints)(=|$)/;

function hasCompilationHints(bytes) {
  // Walks the section headers (a few dozen) looking for the "compilationHints" custom section.
  const leb = (pos) => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[pos++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return [value, pos];
  };
  for (let pos = 8; pos < bytes.length;) {
    const id = bytes[pos++];
    let size;
    [size, pos] = leb(pos);
    if (id === 0) {
      const [len, p] = leb(pos);
      if (len === 16 && Buffer.from(bytes.buffer, bytes.byteOffset + p, 16).toString('latin1') ===
          'compilationHints') return true;
    }
    pos += size;
  }
  return false;
}

function compileWasmNode(nm, bytes) {
  const v8 = nm.v8;
  const toggle = v8 && typeof v8.setFlagsFromString === 'function' &&
    !process.execArgv.some((a) => WASM_FLAGS.test(a));
  if (!toggle) return new WebAssembly.Module(bytes);
  // Measured with V8 11.3 (Node 20); the hints are an experimental V8 feature, so another
  // V8 gets plain lazy compilation rather than an untested combination of flags.
  const hints = /^11\./.test(process.versions.v8) && hasCompilationHints(bytes);
  v8.setFlagsFromString('--wasm-lazy-validation');
  if (hints) {
    v8.setFlagsFromString('--experimental-wasm-compilation-hints');
    v8.setFlagsFromString('--no-wasm-lazy-compilation');
  }
  try {
    return new WebAssembly.Module(bytes);
  } finally {
    v8.setFlagsFromString('--no-wasm-lazy-validation');
    if (hints) {
      v8.setFlagsFromString('--no-experimental-wasm-compilation-hints');
      v8.setFlagsFromString('--wasm-lazy-compilation');
    }
  }
}

// The JS glue (krait_web.js, ~160 KB) in Node: compiled as a CommonJS function through
// vm.Script with V8's code cache, which removes most of its parse/compile time (~8 ms ->
// ~2 ms). The cache file holds the exact source it was made from and is used only when that
// source is byte-for-byte the current one (V8 itself also rejects data from another V8
// version or other flags); otherwise it is rewritten after start-up, when the functions run
// at start-up have been compiled too. Any failure just means no cache (see cacheDirSafe).
const CACHE_MAGIC = 'KRAITJS1';

function glueCachePath(nm, file, cacheDir) {
  // One file per glue path and Node version; FNV-1a of the path keeps the name short.
  let h = 0x811c9dc5;
  const id = `${file}\0${process.version}\0${process.arch}`;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return nm.path.join(cacheDir, `krait_web-${h.toString(16).padStart(8, '0')}.jscache`);
}

function defaultCacheDir(nm) {
  if (process.env.KRAIT_CACHE_DIR) return process.env.KRAIT_CACHE_DIR;
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return nm.path.join(nm.os.tmpdir(), `krait-cache-${uid}`);
}

// The cache holds code that V8 runs, so only a directory that nobody else can write to is
// used: a real directory (not a symlink) owned by this user, without group/other write access.
function cacheDirSafe(nm, dir) {
  try {
    const st = nm.fs.lstatSync(dir);
    if (!st.isDirectory()) return false;
    if (typeof process.getuid !== 'function') return true;   // Windows: no POSIX owner/modes
    return st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function readGlueCache(nm, cacheFile, source) {
  try {
    const buf = nm.fs.readFileSync(cacheFile);
    if (buf.length < 12 || buf.toString('latin1', 0, 8) !== CACHE_MAGIC) return undefined;
    const n = buf.readUInt32LE(8);
    if (12 + n > buf.length || !source.equals(buf.subarray(12, 12 + n))) return undefined;
    return buf.subarray(12 + n);
  } catch {
    return undefined;
  }
}

function writeGlueCache(nm, cacheFile, source, script) {
  try {
    const data = script.createCachedData();
    const head = Buffer.alloc(12);
    head.write(CACHE_MAGIC, 0, 'latin1');
    head.writeUInt32LE(source.length, 8);
    const dir = nm.path.dirname(cacheFile);
    nm.fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!cacheDirSafe(nm, dir)) return;
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    nm.fs.writeFileSync(tmp, Buffer.concat([head, source, data]), { mode: 0o600 });
    nm.fs.renameSync(tmp, cacheFile);   // atomic: a concurrent reader sees old or new
  } catch { /* read-only or full: no cache */ }
}

function loadGlueNode(nm, file, cacheDir) {
  const req = nm.module.createRequire(file);
  if (cacheDir === false || !nm.vm) {
    const f = req(file);
    f.codeCache = 'off';
    return f;
  }
  const source = nm.fs.readFileSync(file);
  const cacheFile = glueCachePath(nm, file, cacheDir ?? defaultCacheDir(nm));
  const dir = nm.path.dirname(cacheFile);
  const unsafe = nm.fs.existsSync(dir) && !cacheDirSafe(nm, dir);
  const cachedData = unsafe ? undefined : readGlueCache(nm, cacheFile, source);
  const wrapped = '(function (exports, require, module, __filename, __dirname) {' +
    `${source.toString('utf8')}\n})`;
  const script = new nm.vm.Script(wrapped, { filename: file, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, req, mod, file, nm.path.dirname(file));
  const factory = mod.exports;
  factory.codeCache = unsafe ? 'unsafe' : cachedData === undefined ? 'miss'
    : script.cachedDataRejected ? 'rejected' : 'hit';
  if (factory.codeCache === 'miss' || factory.codeCache === 'rejected') {
    factory.saveCache = () => writeGlueCache(nm, cacheFile, source, script);
  }
  return factory;
}

// Unpacks a file-system image made by toolchain/pack_stdlib.mjs into MEMFS:
// "KRAITFS1", u32 header length, JSON [[path, size], ...], then the file contents.
function unpackImage(FS, bytes, root) {
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (magic !== 'KRAITFS1') throw new Error('not a Krait file-system image');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hlen = dv.getUint32(8, true);
  const entries = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen)));
  let off = 12 + hlen;
  // Each directory is made once, and each file's MEMFS node takes its contents as a view of
  // the image (no copy, no open/write/close): ~700 files cost a few ms instead of hundreds.
  const dirs = new Map();
  const dirNode = (path) => {
    let node = dirs.get(path);
    if (!node) {
      FS.mkdirTree(path);
      node = FS.lookupPath(path).node;
      dirs.set(path, node);
    }
    return node;
  };
  const memfs = FS.filesystems.MEMFS;
  for (const [rel, size] of entries) {
    const full = `${root}/${rel}`;
    const slash = full.lastIndexOf('/');
    const parent = dirNode(full.slice(0, slash));
    const contents = bytes.subarray(off, off + size);
    off += size;
    const node = parent.mount.type === memfs
      ? memfs.createNode(parent, full.slice(slash + 1), 0o100444, 0) : null;
    if (node && node.contents !== undefined) {
      node.contents = contents;
      node.usedBytes = size;
    } else {
      FS.writeFile(full, contents);
    }
  }
  return entries.length;
}

function yieldToEventLoop() {
  if (typeof setImmediate === 'function') return new Promise((r) => setImmediate(r));
  if (typeof MessageChannel === 'function') {
    return new Promise((r) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => { ch.port1.close(); r(); };
      ch.port2.postMessage(0);
    });
  }
  return new Promise((r) => setTimeout(r, 0));
}

// Turns write() chunks into text for a callback: complete lines go out at once, a trailing
// partial line at the next flush (end of a run, a time slice, before reading stdin).
class TextSink {
  constructor(cb) {
    this.cb = cb;
    this.decoder = new TextDecoder();
    this.pending = '';
  }
  write(bytes) {
    this.pending += this.decoder.decode(bytes, { stream: true });
    const nl = this.pending.lastIndexOf('\n');
    if (nl >= 0) {
      const out = this.pending.slice(0, nl + 1);
      this.pending = this.pending.slice(nl + 1);
      this.cb(out);
    }
  }
  flush() {
    if (this.pending) {
      const out = this.pending;
      this.pending = '';
      this.cb(out);
    }
  }
}

class Krait {
  constructor() {
    this._registry = new FinalizationRegistry((h) => this._releaseHandle(h));
    this._interruptBuffer = undefined;
    this._running = false;
    this._deferred = [];
    this._stdinQueue = [];
    this._stdinEOF = false;
    this._onInterrupt = undefined;
  }

  // ---- public API

  /** Runs code synchronously; returns the value of the last expression converted to JS. */
  runPython(code, options = {}) {
    this._checkAlive();
    if (typeof code !== 'string') throw new TypeError('runPython: code must be a string');
    const gh = this._globalsHandle(options.globals);
    const filename = options.filename ?? '<exec>';
    let r;
    const wasRunning = this._running;
    this._running = true;
    try {
      r = this._core.runPython(code, filename, gh);
    } finally {
      this._running = wasRunning;
      this._flushOutput();
      this._drainDeferred();
    }
    return this._check(r);
  }

  /** Runs code on the resumable core in time slices: the event loop keeps running; input(),
   * time.sleep() and `await` of JS promises suspend the program until they are satisfied.
   * options: {globals, filename, timeLimit (ms), instructionLimit (ticks), sliceMs}. */
  async runPythonAsync(code, options = {}) {
    this._checkAlive();
    if (typeof code !== 'string') throw new TypeError('runPythonAsync: code must be a string');
    if (this._asyncRun) throw new Error('runPythonAsync: another run is in progress');
    const gh = this._globalsHandle(options.globals);
    const slice = options.sliceMs ?? 8;
    const core = this._core;
    const run = {};
    this._asyncRun = run;
    this._running = true;
    let st;
    try {
      st = core.startAsync(code, options.filename ?? '<exec>', gh, slice,
        options.timeLimit ?? 0, options.instructionLimit ?? 0);
      while (st === RUN_PAUSED) {
        this._flushOutput();
        const kind = core.waitKind();
        this._running = false;
        try {
          if (kind === WAIT_NONE) await yieldToEventLoop();
          else await this._serveWait(kind, core.waitArg());
        } finally {
          this._running = true;
        }
        this._drainDeferred();
        st = core.resume(slice);
      }
    } finally {
      this._running = false;
      this._asyncRun = undefined;
      this._flushOutput();
      this._drainDeferred();
    }
    if (st === RUN_ERROR) throw this._bridge.takePyError() ?? new Error('runPythonAsync failed');
    return this._check(core.takeResult());
  }

  /** Raises KeyboardInterrupt in the running program at its next time slice (or ends a
   * pending input()/sleep()/await at once). */
  interrupt() {
    if (!this._core) return;
    if (this._asyncRun) {
      this._core.interrupt();
      if (this._onInterrupt) this._onInterrupt();
    }
  }

  /** Polls `buffer[0]` (an Int32Array, usually on a SharedArrayBuffer) during runs: the value
   * 2 (SIGINT) raises KeyboardInterrupt; the slot is reset to 0. */
  setInterruptBuffer(buffer) {
    if (buffer !== undefined && buffer !== null && !(buffer instanceof Int32Array)) {
      throw new TypeError('setInterruptBuffer: expected an Int32Array');
    }
    this._interruptBuffer = buffer ?? undefined;
    this._core.setPollInterrupts(!!buffer);
  }

  /** Imports a Python module and returns it (a PyProxy). */
  pyimport(name) {
    this._checkAlive();
    return this._check(this._core.pyimport(name));
  }

  /** Makes `obj` importable from Python as module `name`. */
  registerJsModule(name, obj) {
    this._checkAlive();
    if (!this._core.registerJsModule(name, obj)) this._throwPending();
  }

  unregisterJsModule(name) {
    this._checkAlive();
    if (!this._core.unregisterJsModule(name)) this._throwPending();
  }

  /** Deep conversion of a JS value to a Python object, returned as a PyProxy (Arrays to
   * lists, Maps and plain Objects to dicts, Sets to sets). */
  toPy(value) {
    this._checkAlive();
    const h = this._core.toPyHandle(value, true);
    if (h < 0) this._throwPending();
    return this._makeProxy(h);
  }

  /** Deep conversion of a PyProxy (or any value) to plain JS values. */
  toJs(value) {
    if (typeof value === 'function' && value[PY]) return value.toJs();
    return value;
  }

  isPyProxy(v) { return typeof v === 'function' && !!v[PY]; }

  /** Mounts a host directory (Node only) at `mountPoint` in the interpreter's file system. */
  mountNodeFS(hostPath, mountPoint) {
    if (!IS_NODE) throw new Error('mountNodeFS is only available in Node.js');
    const FS = this.FS;
    FS.mkdirTree(mountPoint);
    FS.mount(FS.filesystems.NODEFS, { root: hostPath }, mountPoint);
  }

  /** Number of Python objects currently held by live PyProxies (for leak checks). */
  get proxyCount() { return this._core.handleCount() - 1; }

  // ---- internals

  _checkAlive() {
    if (!this._core) throw new Error('this Krait interpreter failed to start');
  }

  _globalsHandle(g) {
    if (g === undefined || g === null) return -1;
    const st = typeof g === 'function' ? g[PY] : undefined;
    if (!st || st.krait !== this) throw new TypeError('globals must be a PyProxy of a dict from this interpreter');
    if (st.destroyed) throw new Error('globals: this PyProxy has been destroyed');
    return st.handle;
  }

  _check(r) {
    const e = this._bridge.takePyError();
    if (e) throw e;
    return r;
  }

  _throwPending() {
    const e = this._bridge.takePyError();
    throw e ?? new Error('operation failed');
  }

  _flushOutput() {
    this._stdoutSink.flush();
    this._stderrSink.flush();
  }

  _releaseHandle(h) {
    if (!this._core) return;
    if (this._running) this._deferred.push(h);
    else this._core.release(h);
  }

  _drainDeferred() {
    while (this._deferred.length && !this._running) this._core.release(this._deferred.pop());
  }

  _readStdinSync() {
    this._flushOutput();
    if (this._stdinQueue.length) return this._stdinQueue.shift();
    if (this._stdinEOF) return null;
    const src = this._stdin;
    let v;
    if (typeof src === 'function') v = src();
    else if (Array.isArray(src)) v = src.length ? src.shift() : null;
    else v = null;
    if (v && typeof v.then === 'function') {
      throw new Error('stdin returned a promise in a synchronous run: use runPythonAsync()');
    }
    if (v === null || v === undefined) {
      this._stdinEOF = true;
      return null;
    }
    v = String(v);
    return v.endsWith('\n') ? v : `${v}\n`;
  }

  async _readStdinAsync() {
    this._flushOutput();
    if (this._stdinQueue.length) return this._stdinQueue.shift();
    const src = this._stdin;
    let v;
    if (typeof src === 'function') v = await src();
    else if (Array.isArray(src)) v = src.length ? src.shift() : null;
    else v = null;
    if (v === null || v === undefined) return null;
    v = String(v);
    return v.endsWith('\n') ? v : `${v}\n`;
  }

  async _serveWait(kind, arg) {
    const core = this._core;
    let onInt;
    const interrupted = new Promise((res) => { onInt = res; });
    this._onInterrupt = () => onInt({ interrupted: true });
    let timer;
    let work;
    if (kind === WAIT_STDIN) work = this._readStdinAsync();
    else if (kind === WAIT_SLEEP) work = new Promise((res) => { timer = setTimeout(res, arg * 1000); });
    else if (kind === WAIT_PROMISE) work = Promise.resolve(arg);
    else work = Promise.reject(new Error(`unknown wait kind ${kind}`));
    const r = await Promise.race([
      work.then((v) => ({ v }), (e) => ({ e })),
      interrupted,
    ]);
    this._onInterrupt = undefined;
    if (timer !== undefined) clearTimeout(timer);
    if (r.interrupted) core.deliverInterrupt();
    else if ('e' in r) core.deliverError(r.e);
    else core.deliver(kind === WAIT_SLEEP ? null : r.v);
  }

  // ---- PyProxy plumbing

  _makeProxy(h) {
    const st = { krait: this, handle: h, destroyed: false, reprText: undefined };
    const target = function PyProxy() {};
    Object.defineProperty(target, PY, { value: st });
    const p = new Proxy(target, this._handler);
    this._registry.register(p, h, st);
    return p;
  }

  _live(st, what) {
    if (st.destroyed) {
      throw new Error(`cannot ${what}: this PyProxy (${st.reprText ?? 'a Python object'}) has been destroyed`);
    }
    if (!this._core) throw new Error('the interpreter of this PyProxy is gone');
    return st.handle;
  }

  _proxyMethod(st, name) {
    const core = this._core;
    switch (name) {
      case 'destroy': return () => {
        if (st.destroyed) return;
        let text;
        try {
          text = core.repr(st.handle);
        } catch { text = undefined; }
        this._bridge.takePyError();
        st.reprText = typeof text === 'string' && text.length <= 80 ? text : 'a Python object';
        st.destroyed = true;
        this._registry.unregister(st);
        this._releaseHandle(st.handle);
      };
      case 'isDestroyed': return () => st.destroyed;
      case 'toJs': return () => this._check(core.toJs(this._live(st, 'convert')));
      case 'toString': case 'repr': return () => {
        const r = name === 'repr' ? core.repr(this._live(st, 'repr')) : core.str(this._live(st, 'str'));
        return this._check(r);
      };
      case 'type': return st.destroyed ? undefined : core.typeName(st.handle);
      case 'length': {
        const h = this._live(st, 'get length');
        const r = core.length(h);
        const e = this._bridge.takePyError();
        return e ? undefined : r;
      }
      case 'callKwargs': return (...args) => {
        const kw = args.length && typeof args[args.length - 1] === 'object' ? args.pop() : {};
        return this._proxyCall(st, args, kw);
      };
      case 'get': return (key) => {
        const r = core.getItem(this._live(st, 'get'), key);
        const e = this._bridge.takePyError();
        if (e) {
          if (e.type === 'KeyError') return undefined;
          throw e;
        }
        return r;
      };
      case 'set': return (key, value) => {
        if (!core.setItem(this._live(st, 'set'), key, value)) this._throwPending();
      };
      case 'delete': return (key) => {
        if (!core.delItem(this._live(st, 'delete'), key)) this._throwPending();
      };
      case 'has': return (key) => this._check(core.contains(this._live(st, 'test membership'), key));
      case 'then': case 'catch': case 'finally': {
        if (st.destroyed) return undefined;
        const aw = core.isAwaitable(st.handle);
        this._bridge.takePyError();
        if (!aw) return undefined;
        const promise = () => this._awaitCoroutine(st);
        if (name === 'then') return (a, b) => promise().then(a, b);
        if (name === 'catch') return (a) => promise().catch(a);
        return (a) => promise().finally(a);
      }
      default: return undefined;
    }
  }

  async _awaitCoroutine(st) {
    const h = this._live(st, 'await');
    const ns = this.toPy(new Map());
    try {
      ns.set('__krait_coro__', this._proxyFromHandle(h));
      return await this.runPythonAsync('await __krait_coro__', { globals: ns });
    } finally {
      ns.destroy();
    }
  }

  _proxyFromHandle(h) {
    // A JS-visible reference to handle h that converts back to the same Python object.
    const st = { krait: this, handle: h, destroyed: false };
    const target = function PyProxy() {};
    Object.defineProperty(target, PY, { value: st });
    return new Proxy(target, this._handler);
  }

  _proxyGetAttr(st, name) {
    const h = this._live(st, `get attribute '${name}'`);
    const r = this._core.getAttr(h, name);
    const e = this._bridge.takePyError();
    if (e) {
      if (e.type === 'AttributeError') return undefined;
      throw e;
    }
    return r;
  }

  _proxySetAttr(st, name, value) {
    const h = this._live(st, `set attribute '${name}'`);
    if (!this._core.setAttr(h, name, value)) this._throwPending();
  }

  _proxyDelAttr(st, name) {
    const h = this._live(st, `delete attribute '${name}'`);
    if (!this._core.delAttr(h, name)) this._throwPending();
  }

  _proxyHasAttr(st, name) {
    const h = this._live(st, 'test an attribute');
    return this._check(this._core.hasAttr(h, name));
  }

  _proxyCall(st, args, kwargs) {
    const h = this._live(st, 'call');
    const wasRunning = this._running;
    this._running = true;
    let r;
    try {
      r = this._core.call(h, args, kwargs);
    } finally {
      this._running = wasRunning;
      this._flushOutput();
      if (!wasRunning) this._drainDeferred();
    }
    return this._check(r);
  }

  * _iterate(st) {
    const h = this._live(st, 'iterate');
    const it = this._core.getIter(h);
    if (it < 0) this._throwPending();
    try {
      for (;;) {
        const v = this._core.iterNext(it);
        const e = this._bridge.takePyError();
        if (e) throw e;
        if (v === this._bridge.DONE) return;
        yield v;
      }
    } finally {
      this._releaseHandle(it);
    }
  }
}

// Where the standard library comes from: in Node the host's Lib directory (mounted read-only),
// elsewhere (or for an explicit .img URL) an image from toolchain/pack_stdlib.mjs, whose
// download starts at once.
function planStdlib(stdlib, indexURL) {
  if (stdlib === false) return {};
  if (IS_NODE && !(typeof stdlib === 'string' && /^(https?|file):/.test(stdlib) && stdlib.endsWith('.img'))) {
    return { host: typeof stdlib === 'string' ? stdlib : '/usr/lib/python3.11' };
  }
  const url = typeof stdlib === 'string' ? stdlib : `${indexURL}krait-stdlib.img`;
  const image = (async () => {
    if (IS_NODE) {
      const nm = await nodeModules();
      return new Uint8Array(await nm.fs.promises.readFile(toFilePath(nm, url)));
    }
    const resp = await fetch(url);
    return resp.ok ? new Uint8Array(await resp.arrayBuffer()) : undefined;
  })().catch(() => undefined);
  return { image };
}

/**
 * Loads an independent Krait interpreter.
 * options: {stdout, stderr, stdin, indexURL, args, env, stdlib, path, cacheDir}
 *   stdout/stderr(text): receive output as it is printed (whole lines, or a partial line at
 *     the end of a run / before input()).
 *   stdin: () => string | null | Promise<string|null> (a line; null = end of input), or an
 *     array of lines.
 *   indexURL: where krait_web.js / krait_web.wasm (and krait-stdlib.img) are.
 *   stdlib: Node: a host directory holding CPython 3.11's Lib (default /usr/lib/python3.11),
 *     mounted read-only; elsewhere: the URL of an image from toolchain/pack_stdlib.mjs
 *     (default indexURL + 'krait-stdlib.img'; false: none).
 *   cacheDir: Node: where V8's code cache of krait_web.js is kept (default $KRAIT_CACHE_DIR
 *     or <tmpdir>/krait-cache-<uid>; false: no cache).
 */
export async function loadKrait(options = {}) {
  let indexURL = options.indexURL ?? defaultIndexURL();
  if (IS_NODE && !/^[a-z]+:/i.test(indexURL)) {
    const nm = await nodeModules();
    indexURL = nm.url.pathToFileURL(nm.path.resolve(indexURL)).href;
  }
  if (!indexURL.endsWith('/')) indexURL += '/';
  const timing = { start: performance.now() };
  // In Node, timing.cpu_<step> is the process's CPU time (ms, all threads) since the start.
  const cpu0 = IS_NODE ? process.cpuUsage() : null;
  const mark = (step) => {
    timing[step] = performance.now();
    if (cpu0) {
      const c = process.cpuUsage(cpu0);
      timing[`cpu_${step}`] = (c.user + c.system) / 1000;
    }
  };
  // The wasm compile starts first: in a page it proceeds in the background while the JS glue
  // loads and the standard-library image downloads (in Node both are synchronous, see
  // compileWasmNode).
  const compiling = compileWasm(indexURL);
  const stdlibPlan = planStdlib(options.stdlib, indexURL);
  const [wasmModule, factory] = await Promise.all([
    compiling, loadFactory(indexURL, options.cacheDir),
  ]);
  mark('compiled');
  const krait = new Krait();
  krait.timing = timing;
  if (factory.codeCache) timing.codeCache = factory.codeCache;
  const bridge = new Bridge(krait);
  krait._bridge = bridge;
  krait._handler = proxyHandler(krait);
  krait._stdin = options.stdin;
  const write = (cb, fallback) => (typeof cb === 'function' ? cb : fallback);
  krait._stdoutSink = new TextSink(write(options.stdout, (t) => {
    if (IS_NODE) process.stdout.write(t); else console.log(t.replace(/\n$/, ''));
  }));
  krait._stderrSink = new TextSink(write(options.stderr, (t) => {
    if (IS_NODE) process.stderr.write(t); else console.warn(t.replace(/\n$/, ''));
  }));
  const env = options.env ?? {};
  const Module = await factory({
    instantiateWasm(imports, done) {
      WebAssembly.instantiate(wasmModule, imports).then((inst) => done(inst, wasmModule));
      return {};
    },
    preRun: [(M) => {
      if (M && M.ENV) Object.assign(M.ENV, env);
    }],
    print: (t) => krait._stdoutSink.write(new TextEncoder().encode(`${t}\n`)),
    printErr: (t) => krait._stderrSink.write(new TextEncoder().encode(`${t}\n`)),
  });
  mark('instantiated');
  const FS = Module.FS;
  krait.FS = FS;
  krait._module = Module;
  // Standard streams: fds 0-2 become devices that talk to the callbacks.
  const devOps = (sink, reader) => ({
    open() {},
    close() {},
    fsync() { if (sink) sink.flush(); },
    read(stream, buffer, offset, length) {
      if (!reader) return 0;
      if (!krait._stdinBuf || krait._stdinPos >= krait._stdinBuf.length) {
        const line = reader();
        if (line === null) return 0;
        krait._stdinBuf = new TextEncoder().encode(line);
        krait._stdinPos = 0;
      }
      const n = Math.min(length, krait._stdinBuf.length - krait._stdinPos);
      buffer.set(krait._stdinBuf.subarray(krait._stdinPos, krait._stdinPos + n), offset);
      krait._stdinPos += n;
      return n;
    },
    write(stream, buffer, offset, length) {
      if (sink) sink.write(buffer.slice(offset, offset + length));
      return length;
    },
  });
  const devs = [
    ['kstdin', devOps(null, () => {
      const v = krait._readStdinSync();
      return v;
    })],
    ['kstdout', devOps(krait._stdoutSink, null)],
    ['kstderr', devOps(krait._stderrSink, null)],
  ];
  // A device major of our own: Emscripten numbers its devices from 64 up (/dev/random is 64,
  // /dev/urandom 65), and reusing one of those would make reads of /dev/urandom (os.urandom,
  // the hash secret) read stdin instead.
  let major = 200;
  while (devs.some((d, i) => FS.getDevice(FS.makedev(major, i)))) major++;
  devs.forEach(([name, ops], i) => {
    const dev = FS.makedev(major, i);
    FS.registerDevice(dev, ops);
    FS.mkdev(`/dev/${name}`, dev);
  });
  for (let fd = 0; fd < 3; fd++) {
    const s = FS.getStream(fd);
    if (s) FS.close(s);
  }
  FS.open('/dev/kstdin', 0);       // O_RDONLY -> fd 0
  FS.open('/dev/kstdout', 1);      // O_WRONLY -> fd 1
  FS.open('/dev/kstderr', 1);      // -> fd 2

  // The standard library.
  let stdlibDir = '/lib/python3.11';
  if (stdlibPlan.host) {
    const nm = await nodeModules();
    if (nm.fs.existsSync(stdlibPlan.host)) {
      stdlibDir = stdlibPlan.host;
      FS.mkdirTree(stdlibDir);
      FS.mount(FS.filesystems.NODEFS, { root: stdlibDir }, stdlibDir);
    }
  } else if (stdlibPlan.image) {
    const bytes = await stdlibPlan.image;
    mark('imageLoaded');
    if (bytes) unpackImage(FS, bytes, stdlibDir);
  }
  FS.mkdirTree('/home/krait');
  FS.chdir('/home/krait');

  mark('filesystem');
  const session = new Module.Session(bridge, {
    args: options.args ?? [''],
    stdlibDir,
    path: options.path ?? [],
  });
  if (!session.ok()) {
    krait._flushOutput();
    throw new Error(`Krait failed to start: ${bridge.startupText ?? 'unknown error'}`);
  }
  krait._core = session;
  mark('started');
  krait.PythonError = PythonError;
  krait.globals = krait._makeProxy(session.globalsHandle());
  // globals.get/set are dict operations (proxy methods 'get'/'set').
  krait._flushOutput();
  if (factory.saveCache) {
    // Once per process, after the caller's first synchronous steps (so that the functions
    // they run are in the cache too).
    const save = factory.saveCache;
    factory.saveCache = undefined;
    setImmediate(save);
  }
  return krait;
}

export default loadKrait;
