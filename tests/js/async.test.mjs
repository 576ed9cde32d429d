// runPythonAsync on the resumable core: time slicing, suspension for input()/time.sleep()/
// await of JS promises, interrupts, budgets, several interpreters.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, PythonError } from './helpers.mjs';

const krait = await load();

test('runPythonAsync returns the last expression', async () => {
  assert.equal(await krait.runPythonAsync('x = 20\nx + 22'), 42);
  assert.equal(await krait.runPythonAsync('y = 1'), undefined);
});

test('a long loop runs in slices: timers keep firing', async () => {
  // The Python loop only ends once a JS interval timer has fired 10 times: without time
  // slicing it would never end (the time budget turns that into a failure, not a hang).
  let ticks = 0;
  globalThis.kraitTickState = { done: false };
  const timer = setInterval(() => { if (++ticks >= 10) globalThis.kraitTickState.done = true; }, 5);
  try {
    const n = await krait.runPythonAsync(
      'import js\nn = 0\nwhile not js.kraitTickState.done:\n    n += 1\nn', { timeLimit: 60000 });
    assert.ok(n > 0);
  } finally {
    clearInterval(timer);
  }
  assert.ok(ticks >= 10);
});

test('the same loop in runPython blocks the event loop (control)', () => {
  let ticks = 0;
  const timer = setInterval(() => { ticks++; }, 5);
  try {
    krait.runPython('import time\nt_end = time.monotonic() + 0.1\nwhile time.monotonic() < t_end: pass');
  } finally {
    clearInterval(timer);
  }
  assert.equal(ticks, 0);
});

test('input() suspends until the stdin promise resolves', async () => {
  const asked = [];
  const k = await load({
    stdin: () => new Promise((res) => setTimeout(() => { asked.push(Date.now()); res(`line${asked.length}`); }, 20)),
  });
  const r = await k.runPythonAsync('a = input("name? ")\nb = input()\n(a, b)');
  assert.deepEqual(r, ['line1', 'line2']);
  assert.equal(asked.length, 2);
  assert.equal(k.io.out, 'name? ');
});

test('input() inside nested Python calls and loops', async () => {
  const lines = ['3', '4', '5'];
  const k = await load({ stdin: async () => lines.shift() ?? null });
  const r = await k.runPythonAsync(`
def ask():
    return int(input())
total = 0
for i in range(3):
    total += ask()
total`);
  assert.equal(r, 12);
});

test('stdin exhaustion raises EOFError (async)', async () => {
  const k = await load({ stdin: async () => null });
  await assert.rejects(k.runPythonAsync('input()'), (e) => e instanceof PythonError && e.type === 'EOFError');
  const k2 = await load();
  assert.equal(await k2.runPythonAsync('try:\n    input()\nexcept EOFError:\n    r = "eof"\nr'), 'eof');
});

test('a rejected stdin promise becomes a Python exception', async () => {
  const k = await load({ stdin: () => Promise.reject(new TypeError('no terminal')) });
  await assert.rejects(k.runPythonAsync('input()'),
    (e) => e.type === 'JsException' && /TypeError: no terminal/.test(e.message));
});

test('time.sleep() suspends without blocking the event loop', async () => {
  let fired = false;
  setTimeout(() => { fired = true; }, 10);
  const t0 = Date.now();
  const r = await krait.runPythonAsync('import time\ntime.sleep(0.1)\n"slept"');
  assert.equal(r, 'slept');
  assert.ok(Date.now() - t0 >= 95);
  assert.equal(fired, true);
});

test('await of a JS promise (top-level and inside coroutines)', async () => {
  globalThis.kraitDelay = (ms, v) => new Promise((res) => setTimeout(() => res(v), ms));
  assert.equal(await krait.runPythonAsync('import js\nawait js.kraitDelay(10, 21) * 2'), 42);
  const r = await krait.runPythonAsync(`
async def fetch_two():
    a = await js.kraitDelay(5, "a")
    b = await js.kraitDelay(5, "b")
    return a + b
await fetch_two()`);
  assert.equal(r, 'ab');
  globalThis.kraitFail = () => Promise.reject(new Error('rejected!'));
  const msg = await krait.runPythonAsync(`
try:
    await js.kraitFail()
except Exception as e:
    m = str(e)
m`);
  assert.equal(msg, 'Error: rejected!');
});

test('await in runPython (synchronous) is a SyntaxError', () => {
  assert.throws(() => krait.runPython('import js\nawait js.kraitDelay(1, 1)'), (e) => e.type === 'SyntaxError');
});

test('a Python coroutine can be awaited from JS', async () => {
  krait.runPython('async def co(x):\n    import js\n    return (await js.kraitDelay(5, x)) + 1');
  const co = krait.globals.get('co');
  assert.equal(await co(41), 42);
  co.destroy();
});

test('interrupt() stops a running loop with KeyboardInterrupt', async () => {
  setTimeout(() => krait.interrupt(), 50);
  await assert.rejects(krait.runPythonAsync('while True:\n    pass'),
    (e) => e instanceof PythonError && e.type === 'KeyboardInterrupt');
  // ... and can be caught in Python.
  setTimeout(() => krait.interrupt(), 30);
  const r = await krait.runPythonAsync('try:\n    while True: pass\nexcept KeyboardInterrupt:\n    r = "caught"\nr');
  assert.equal(r, 'caught');
  // The interpreter is usable afterwards and no interrupt is left pending.
  assert.equal(await krait.runPythonAsync('sum(range(100000))'), 4999950000);
});

test('interrupt() ends a pending sleep or input at once', async () => {
  setTimeout(() => krait.interrupt(), 30);
  const t0 = Date.now();
  await assert.rejects(krait.runPythonAsync('import time\ntime.sleep(30)'), (e) => e.type === 'KeyboardInterrupt');
  assert.ok(Date.now() - t0 < 5000);
  const k = await load({ stdin: () => new Promise(() => {}) });
  setTimeout(() => k.interrupt(), 30);
  await assert.rejects(k.runPythonAsync('input()'), (e) => e.type === 'KeyboardInterrupt');
});

test('setInterruptBuffer stops synchronous runs', async () => {
  const k = await load();
  const buf = new Int32Array(new SharedArrayBuffer(4));
  k.setInterruptBuffer(buf);
  globalThis.kraitSetSigint = () => { buf[0] = 2; };
  assert.throws(() => k.runPython('import js\nn = 0\nwhile True:\n    n += 1\n    if n == 1000: js.kraitSetSigint()'),
    (e) => e.type === 'KeyboardInterrupt');
  assert.equal(buf[0], 0);
  assert.ok(k.runPython('n') >= 1000);
  k.setInterruptBuffer(null);
});

test('time and instruction budgets', async () => {
  const t0 = Date.now();
  await assert.rejects(krait.runPythonAsync('while True: pass', { timeLimit: 100 }),
    (e) => e.type === 'TimeoutError' && /time budget/.test(e.message));
  assert.ok(Date.now() - t0 < 3000);
  await assert.rejects(krait.runPythonAsync('while True: pass', { instructionLimit: 100000 }),
    (e) => e.type === 'TimeoutError' && /instruction budget/.test(e.message));
  // A program that catches the budget error gets it again at the next check.
  await assert.rejects(krait.runPythonAsync(
    'caught = 0\ntry:\n    while True: pass\nexcept TimeoutError:\n    caught += 1\nwhile True: pass', { timeLimit: 100 }),
    (e) => e.type === 'TimeoutError');
  assert.equal(krait.globals.get('caught'), 1);
  assert.equal(await krait.runPythonAsync('sum(range(10))', { timeLimit: 1000 }), 45);
});

test('errors in async runs', async () => {
  await assert.rejects(krait.runPythonAsync('def f(:'), (e) => e.type === 'SyntaxError');
  await assert.rejects(krait.runPythonAsync('import time\ntime.sleep(0.01)\n1/0'),
    (e) => e.type === 'ZeroDivisionError' && /line 3/.test(e.message));
  await assert.rejects(krait.runPythonAsync('import time\ntime.sleep(-1)'), (e) => e.type === 'ValueError');
});

test('one async run at a time per interpreter', async () => {
  const p = krait.runPythonAsync('import time\ntime.sleep(0.05)\n1');
  await assert.rejects(krait.runPythonAsync('2'), /another run/);
  assert.throws(() => krait.runPython('3'), (e) => /runPythonAsync/.test(e.message));
  assert.equal(await p, 1);
});

test('several independent interpreters in one process', async () => {
  const a = await load();
  const b = await load();
  a.runPython('shared = "a"');
  b.runPython('shared = "b"');
  assert.equal(a.runPython('shared'), 'a');
  assert.equal(b.runPython('shared'), 'b');
  const [ra, rb] = await Promise.all([
    a.runPythonAsync('import time\nn = 0\nt = time.monotonic() + 0.15\nwhile time.monotonic() < t: n += 1\nshared'),
    b.runPythonAsync('import time\nn = 0\nt = time.monotonic() + 0.15\nwhile time.monotonic() < t: n += 1\nshared'),
  ]);
  assert.deepEqual([ra, rb], ['a', 'b']);
  // A proxy from one interpreter is a plain JS object to another.
  const pa = a.runPython('object()');
  assert.equal(b.runPython('lambda x: type(x).__name__')(pa), 'JsProxy');
  pa.destroy();
});

test('Python recursion 100,000 deep, in an async and a synchronous run', async () => {
  krait.runPython(`
import sys
sys.setrecursionlimit(110000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)`);
  assert.equal(await krait.runPythonAsync('depth(100000)', { timeLimit: 120000 }), 100000);
  assert.equal(krait.runPython('depth(100000)'), 100000);
  await assert.rejects(krait.runPythonAsync('depth(120000)'),
    (e) => e instanceof PythonError && e.type === 'RecursionError');
});

test('start-up compiles no Python: js, JsProxy and the suspending input()/sleep() come on first use', async () => {
  const k = await load({ stdin: () => new Promise((res) => setTimeout(() => res('typed'), 20)) });
  // Nothing beyond the interpreter's own modules is imported at start-up.
  assert.deepEqual(k.runPython('import sys\nsorted(sys.modules)'),
    ['__main__', '_krait_web', 'builtins', 'sys']);
  // `import js` is found like a built-in module (and made on first import).
  assert.equal(k.runPython('import importlib.util\nimportlib.util.find_spec("js").origin'), 'built-in');
  // A synchronous run first: `time` imported there is the module that the first
  // runPythonAsync then patches, so sleep() through it still suspends.
  k.runPython('import time as t');
  // A JS timer set just before the sleep has fired when Python wakes up only if the sleep
  // gave the event loop back (a blocking sleep would leave the flag unset).
  assert.equal(await k.runPythonAsync(`import js
js.kraitSleepFlag = False
js.setTimeout(js.eval("() => { globalThis.kraitSleepFlag = true; }"), 20)
t.sleep(0.3)
js.kraitSleepFlag`), true);
  assert.equal(await k.runPythonAsync('input("? ")'), 'typed');
  // `import js` is globalThis.
  assert.equal(k.runPython('import js\njs.Math.max(3, 9)'), 9);
  assert.equal(k.runPython('type(js).__name__'), 'JsProxy');
});

test('a JS exception as the first thing that needs the JsProxy classes', async () => {
  const k = await load();
  k.registerJsModule('thrower', { boom() { throw new RangeError('first'); } });
  assert.equal(k.runPython('import thrower\ntry:\n    thrower.boom()\nexcept Exception as e:\n    r = type(e).__name__ + " " + str(e)\nr'),
    'JsException RangeError: first');
});
