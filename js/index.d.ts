// Type declarations for the Krait JavaScript package.

/** A Python exception surfaced in JavaScript. */
export declare class PythonError extends Error {
  /** The Python exception class name, e.g. "ZeroDivisionError". */
  type: string;
  /** The Python traceback text (same as `message`). */
  message: string;
}

/** A Python object seen from JavaScript. Call it, read/write attributes as properties,
 * iterate it with for..of, and destroy() it when done (or leave it to the garbage
 * collector). Using a destroyed proxy throws an Error. */
export interface PyProxy {
  (...args: any[]): any;
  [attr: string]: any;
  /** Python type name of the object. */
  readonly type: string;
  /** len(obj), or undefined when the object has no length. */
  readonly length: number | undefined;
  /** Deep conversion to JS values (list/tuple -> Array, dict -> Map, set -> Set,...). */
  toJs(): any;
  /** Releases the Python object; later use of this proxy throws. */
  destroy(): void;
  isDestroyed(): boolean;
  /** str(obj) */
  toString(): string;
  /** repr(obj) */
  repr(): string;
  /** Call with keyword arguments: the last argument is an object of keyword values. */
  callKwargs(...args: any[]): any;
  /** obj[key] (for dicts: undefined when the key is missing). */
  get(key: any): any;
  /** obj[key] = value */
  set(key: any, value: any): void;
  /** del obj[key] */
  delete(key: any): void;
  /** key in obj */
  has(key: any): boolean;
  [Symbol.iterator](): Iterator<any>;
}

export interface RunOptions {
  /** A dict (PyProxy) used as the globals; default: __main__'s namespace. */
  globals?: PyProxy;
  /** The file name shown in tracebacks (default "<exec>"). */
  filename?: string;
}

export interface AsyncRunOptions extends RunOptions {
  /** Wall-clock budget in milliseconds: TimeoutError is raised in Python when exceeded. */
  timeLimit?: number;
  /** Budget in interpreter ticks (calls and loop iterations): TimeoutError when exceeded. */
  instructionLimit?: number;
  /** Length of one time slice in milliseconds before yielding to the event loop (default 8). */
  sliceMs?: number;
}

export interface KraitOptions {
  /** Receives standard output text as it is printed (whole lines; a partial line at the end
   * of a run or before input()). Default: process.stdout / console.log. */
  stdout?: (text: string) => void;
  /** Receives standard error text (tracebacks of uncaught errors are not printed: they are
   * thrown as PythonError). */
  stderr?: (text: string) => void;
  /** Lines for input() and sys.stdin: a function returning a line, null/undefined for end
   * of input, or a Promise of either (runPythonAsync only); or an array of lines. */
  stdin?: (() => string | null | undefined | Promise<string | null | undefined>) | string[];
  /** Where krait_web.js, krait_web.wasm and krait-stdlib.img are (default ../build-wasm/). */
  indexURL?: string;
  /** sys.argv */
  args?: string[];
  /** Environment variables seen by os.environ. */
  env?: Record<string, string>;
  /** Node: host directory with CPython 3.11's Lib (default /usr/lib/python3.11), mounted
   * read-only. Elsewhere: URL of a file-system image (default indexURL + krait-stdlib.img).
   * false: no standard library. */
  stdlib?: string | false;
  /** Extra sys.path entries. */
  path?: string[];
  /** Node only: directory for V8's code cache of krait_web.js (default $KRAIT_CACHE_DIR or
   * <os.tmpdir()>/krait-cache-<uid>), made with mode 0700 and used only while it belongs to
   * this user and nobody else can write to it; false turns the cache off. */
  cacheDir?: string | false;
}

export interface Krait {
  /** Runs code; returns the value of the last expression converted to JS. */
  runPython(code: string, options?: RunOptions): any;
  /** Runs code in time slices on the resumable core; input(), time.sleep() and awaiting JS
   * promises suspend the program, not the page. Supports top-level await. */
  runPythonAsync(code: string, options?: AsyncRunOptions): Promise<any>;
  /** The __main__ namespace (a dict): globals.get(name), globals.set(name, value). */
  globals: PyProxy;
  /** Imports a module and returns it as a PyProxy. */
  pyimport(name: string): PyProxy;
  /** Makes a JS object importable from Python as `name`. */
  registerJsModule(name: string, obj: object): void;
  unregisterJsModule(name: string): void;
  /** Deep conversion of a JS value into a Python object. */
  toPy(value: any): PyProxy;
  /** Deep conversion of a PyProxy to JS values (other values are returned unchanged). */
  toJs(value: any): any;
  isPyProxy(value: any): value is PyProxy;
  /** Raises KeyboardInterrupt in the running runPythonAsync() program. */
  interrupt(): void;
  /** Int32Array (on a SharedArrayBuffer): writing 2 to [0] raises KeyboardInterrupt. */
  setInterruptBuffer(buffer: Int32Array | null | undefined): void;
  /** Node only: mounts a host directory into the interpreter's file system. */
  mountNodeFS(hostPath: string, mountPoint: string): void;
  /** Emscripten's file system (in-memory, read/write). */
  FS: any;
  /** Number of Python objects held by live PyProxies. */
  readonly proxyCount: number;
  PythonError: typeof PythonError;
  /** performance.now() marks of the start-up phases: start, compiled (wasm module compiled or
   * taken from the in-process cache), instantiated, filesystem, started (interpreter ready);
   * in Node also cpu_<phase> (process CPU ms since start) and codeCache ('hit', 'miss',
   * 'rejected', 'unsafe' (the directory is writable by others: not used) or 'off': V8's
   * code cache of krait_web.js). */
  readonly timing: Record<string, number | string>;
}

export declare function loadKrait(options?: KraitOptions): Promise<Krait>;
export default loadKrait;
