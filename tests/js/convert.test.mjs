// Value conversion both ways, PyProxy and JsProxy behaviour, exceptions across the boundary.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, PythonError } from './helpers.mjs';

const krait = await load();

test('Python values to JS', () => {
  assert.equal(krait.runPython('True'), true);
  assert.equal(krait.runPython('False'), false);
  assert.equal(krait.runPython('2.5'), 2.5);
  assert.equal(krait.runPython('-7'), -7);
  assert.equal(krait.runPython('2**53 - 1'), 2 ** 53 - 1);
  assert.equal(krait.runPython('2**53'), 2n ** 53n);
  assert.equal(krait.runPython('-(2**53)'), -(2n ** 53n));
  assert.equal(krait.runPython('3**100'), 3n ** 100n);
  const b = krait.runPython('b"\\x00\\x01\\xff"');
  assert.ok(b instanceof Uint8Array);
  assert.deepEqual([...b], [0, 1, 255]);
  assert.deepEqual([...krait.runPython('bytearray(b"hi")')], [104, 105]);
  assert.deepEqual(krait.runPython('[1, "a", None, [2.5]]'), [1, 'a', null, [2.5]]);
  assert.deepEqual(krait.runPython('(1, 2)'), [1, 2]);
  const m = krait.runPython('{"a": 1, 2: [3]}');
  assert.ok(m instanceof Map);
  assert.equal(m.get('a'), 1);
  assert.deepEqual(m.get(2), [3]);
  assert.equal(krait.runPython('"\\U0001F600 ü"'), '\u{1F600} ü');
});

test('JS values to Python', () => {
  const f = krait.runPython('lambda x: (type(x).__name__, x)');
  assert.deepEqual(f(null), ['NoneType', null]);
  assert.deepEqual(f(undefined), ['NoneType', null]);
  assert.deepEqual(f(true), ['bool', true]);
  assert.deepEqual(f(3), ['int', 3]);
  assert.deepEqual(f(3.25), ['float', 3.25]);
  assert.deepEqual(f(2n ** 70n), ['int', 2n ** 70n]);
  assert.deepEqual(f(-5n), ['int', -5]);
  assert.deepEqual(f('text'), ['str', 'text']);
  assert.equal(f(new Uint8Array([1, 2]))[0], 'bytes');
  assert.deepEqual(f([1, [2]]), ['list', [1, [2]]]);
  assert.equal(f(new Map([['k', 1]]))[0], 'dict');
  assert.equal(f({ a: 1 })[0], 'JsProxy');
  assert.equal(krait.runPython('lambda n: n * 2')(2n ** 64n), 2n ** 65n);
  assert.equal(krait.runPython('lambda: 10**30 + 1')(), 10n ** 30n + 1n);
  f.destroy();
});

test('toPy and toJs convert deeply', () => {
  const p = krait.toPy({ a: [1, { b: 2 }], s: new Set([1]) });
  assert.equal(p.type, 'dict');
  krait.globals.set('deep', p);
  assert.equal(krait.runPython('deep["a"][1]["b"]'), 2);
  assert.equal(krait.runPython('type(deep["s"]).__name__'), 'set');
  p.destroy();
  const s = krait.runPython('import builtins\nbuiltins.frozenset([1, 2])');
  assert.equal(typeof s, 'function');
  const js = s.toJs();
  assert.ok(js instanceof Set);
  assert.deepEqual([...js].sort(), [1, 2]);
  s.destroy();
  const lst = krait.toPy([new Map([['x', 1]]), { y: [2] }]);
  krait.globals.set('lst', lst);
  assert.equal(krait.runPython('type(lst[0]).__name__ + type(lst[1]).__name__ + type(lst[1]["y"]).__name__'), 'dictdictlist');
  lst.destroy();
});

test('PyProxy: call, attributes, items, iteration, repr', () => {
  krait.runPython(`
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self, scale=1):
        return (self.x * self.x + self.y * self.y) * scale
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
`);
  const Point = krait.globals.get('Point');
  const p = Point(3, 4);
  assert.equal(p.type, 'Point');
  assert.equal(p.x, 3);
  p.x = 6;
  assert.equal(p.norm2(), 52);
  assert.equal(p.norm2.callKwargs({ scale: 2 }), 104);
  assert.equal(p.repr(), 'Point(6, 4)');
  assert.equal(String(p), 'Point(6, 4)');
  assert.equal(p.no_such_attr, undefined);
  assert.equal('x' in p, true);
  assert.equal('zz' in p, false);
  delete p.x;
  assert.equal('x' in p, false);
  const gen = krait.runPython('(i * i for i in range(4))');
  assert.deepEqual([...gen], [0, 1, 4, 9]);
  const d = krait.runPython('import collections\ncollections.OrderedDict(a=1)');
  assert.equal(d.get('a'), 1);
  d.set('b', 2);
  assert.equal(d.length, 2);
  assert.equal(d.has('b'), true);
  d.delete('a');
  assert.equal(d.length, 1);
  for (const x of [Point, p, gen, d]) x.destroy();
});

test('a destroyed PyProxy gives a clear error, never a crash', () => {
  const obj = krait.runPython('import types\ntypes.SimpleNamespace(v=1)');
  assert.equal(obj.v, 1);
  obj.destroy();
  assert.equal(obj.isDestroyed(), true);
  assert.throws(() => obj.v, /has been destroyed/);
  assert.throws(() => obj(), /has been destroyed/);
  assert.throws(() => { obj.v = 2; }, /has been destroyed/);
  assert.throws(() => obj.toJs(), /has been destroyed/);
  assert.throws(() => [...obj], /has been destroyed/);
  obj.destroy();   // twice is harmless
  // Passing a destroyed proxy back into Python raises a Python error in JS.
  const f = krait.runPython('lambda x: x');
  assert.throws(() => f(obj), (e) => e instanceof PythonError && /destroyed/.test(e.message));
  f.destroy();
  assert.equal(krait.runPython('1 + 1'), 2);
});

test('proxies do not leak Python objects', () => {
  const before = krait.proxyCount;
  for (let i = 0; i < 50; i++) {
    const o = krait.runPython('object()');
    o.destroy();
  }
  assert.equal(krait.proxyCount, before);
  // A Python object kept alive only by a proxy is freed when the proxy is destroyed.
  krait.runPython('import weakref\nclass C: pass\nc = C()\nwr = weakref.ref(c)');
  const c = krait.globals.get('c');
  krait.runPython('del c');
  assert.equal(krait.runPython('wr() is not None'), true);
  c.destroy();
  assert.equal(krait.runPython('wr() is None'), true);
});

test('import js: globals, console, calling JS functions', () => {
  globalThis.kraitTestAdd = (a, b) => a + b;
  globalThis.kraitTestObj = { n: 1, nested: { s: 'hi' }, list: [1, 2, 3], greet(who) { return `${this.nested.s} ${who}`; } };
  assert.equal(krait.runPython('import js\njs.kraitTestAdd(2, 3)'), 5);
  assert.equal(krait.runPython('js.kraitTestObj.nested.s'), 'hi');
  assert.equal(krait.runPython('js.kraitTestObj.greet("bob")'), 'hi bob');
  krait.runPython('js.kraitTestObj.n = 99');
  assert.equal(globalThis.kraitTestObj.n, 99);
  assert.equal(krait.runPython('len(js.kraitTestObj.list)'), 3);
  assert.deepEqual(krait.runPython('[x * 2 for x in js.kraitTestObj.list]'), [2, 4, 6]);
  assert.equal(krait.runPython('js.kraitTestObj.list[1]'), 2);
  assert.equal(krait.runPython('js.Math.max(1, 7, 3)'), 7);
  assert.equal(krait.runPython('js.kraitTestObj.typeof'), 'object');
  assert.deepEqual(krait.runPython('js.kraitTestObj.to_py()["list"]'), [1, 2, 3]);
  assert.equal(krait.runPython('js.Date.new(86400000).getTime()'), 86400000);
  assert.equal(krait.runPython('type(js.Map.new([[1, 2]])).__name__'), 'dict');
  assert.throws(() => krait.runPython('js.kraitTestObj.missing_attr'), (e) => e.type === 'AttributeError');
  const logged = [];
  const orig = console.log;
  console.log = (...a) => logged.push(a.join(' '));
  try {
    krait.runPython('js.console.log("from", "python", 42)');
  } finally {
    console.log = orig;
  }
  assert.deepEqual(logged, ['from python 42']);
  // A JS value returned to JS comes back as itself.
  assert.equal(krait.runPython('js.kraitTestObj'), globalThis.kraitTestObj);
});

test('JS callbacks receive Python values and Python keyword arguments', () => {
  let seen;
  globalThis.kraitTestCb = (...args) => { seen = args; return 'ok'; };
  assert.equal(krait.runPython('js.kraitTestCb(1, "two", [3], sep=",")'), 'ok');
  assert.equal(seen[0], 1);
  assert.equal(seen[1], 'two');
  assert.deepEqual(seen[2], [3]);
  assert.deepEqual(seen[3], { sep: ',' });
  // A Python function passed to JS is a callable PyProxy.
  globalThis.kraitTestApply = (f, x) => f(x);
  assert.equal(krait.runPython('js.kraitTestApply(lambda v: v + 1, 41)'), 42);
});

test('registerJsModule', () => {
  krait.registerJsModule('mymod', { answer: 42, twice: (x) => x * 2 });
  assert.equal(krait.runPython('import mymod\nmymod.answer'), 42);
  assert.equal(krait.runPython('from mymod import twice\ntwice(21)'), 42);
  krait.unregisterJsModule('mymod');
  assert.throws(() => krait.runPython('import sys\nsys.modules.pop("mymod", None)\nimport mymod'),
    (e) => e.type === 'ModuleNotFoundError');
});

test('JS exceptions are catchable Python exceptions', () => {
  globalThis.kraitTestThrow = (msg) => { throw new RangeError(msg); };
  const r = krait.runPython(`
try:
    js.kraitTestThrow("too far")
except Exception as e:
    result = (type(e).__name__, e.name, str(e))
result`);
  assert.deepEqual(r, ['JsException', 'RangeError', 'RangeError: too far']);
  // Uncaught: a PythonError of type JsException.
  assert.throws(() => krait.runPython('js.kraitTestThrow("boom")'),
    (e) => e instanceof PythonError && e.type === 'JsException' && /RangeError: boom/.test(e.message));
  // Throwing a non-Error value.
  globalThis.kraitTestThrowStr = () => { throw 'plain string'; };
  assert.equal(krait.runPython('try:\n  js.kraitTestThrowStr()\nexcept Exception as e:\n  r = str(e)\nr'), 'Error: plain string');
});

test('Python exceptions raised in callbacks travel through JS unchanged', () => {
  globalThis.kraitTestCall = (f) => f();
  const r = krait.runPython(`
def bad():
    raise KeyError("inner")
try:
    js.kraitTestCall(bad)
except KeyError as e:
    r = "caught KeyError " + str(e)
r`);
  assert.equal(r, "caught KeyError 'inner'");
  const bad = krait.globals.get('bad');
  assert.throws(() => bad(), (e) => e instanceof PythonError && e.type === 'KeyError');
  bad.destroy();
});

test('JsProxy objects are released when Python drops them', () => {
  const before = krait._bridge.liveRefs();
  krait.runPython('for i in range(100):\n    o = js.Object.new()\ndel o');
  assert.ok(krait._bridge.liveRefs() <= before + 2, `${krait._bridge.liveRefs()} vs ${before}`);
});
