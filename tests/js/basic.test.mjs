// runPython, output callbacks, errors, globals, pyimport, args/env, the standard library.
import test from 'node:test';
import assert from 'node:assert/strict';
import { load, PythonError, wasmDir } from './helpers.mjs';

const krait = await load({ args: ['prog.py', 'a1'], env: { KRAIT_TEST_VAR: 'hello-env' } });

test('last expression value is returned', () => {
  assert.equal(krait.runPython('1 + 2'), 3);
  assert.equal(krait.runPython('x = 5\nx * 2'), 10);
  assert.equal(krait.runPython('y = 1'), undefined);
  assert.equal(krait.runPython('"héllo " + "wörld"'), 'héllo wörld');
  assert.equal(krait.runPython('None'), null);
  assert.equal(krait.runPython('a = 1; a + 41'), 42);
});

test('stdout and stderr callbacks receive the printed text', () => {
  krait.io.out = '';
  krait.io.err = '';
  krait.runPython('print("one")\nprint("two", end="")\nimport sys\nsys.stderr.write("oops\\n")');
  assert.equal(krait.io.out, 'one\ntwo');
  assert.equal(krait.io.err, 'oops\n');
});

test('output arrives line by line while the program runs', () => {
  const chunks = [];
  const k = krait;
  const saved = k._stdoutSink.cb;
  k._stdoutSink.cb = (t) => chunks.push(t);
  try {
    k.runPython('for i in range(3): print(i)');
  } finally {
    k._stdoutSink.cb = saved;
  }
  assert.deepEqual(chunks, ['0\n', '1\n', '2\n']);
});

test('a Python exception becomes a PythonError with the traceback', () => {
  let err;
  try {
    krait.runPython('def f():\n    return 1 / 0\nf()', { filename: 'demo.py' });
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof PythonError);
  assert.equal(err.type, 'ZeroDivisionError');
  assert.match(err.message, /^Traceback \(most recent call last\):/);
  assert.match(err.message, /File "demo.py", line 3, in <module>/);
  assert.match(err.message, /File "demo.py", line 2, in f/);
  assert.match(err.message, /ZeroDivisionError: division by zero\n$/);
});

test('syntax errors', () => {
  assert.throws(() => krait.runPython('def f(:\n  pass'), (e) => {
    assert.ok(e instanceof PythonError);
    assert.equal(e.type, 'SyntaxError');
    assert.match(e.message, /SyntaxError/);
    return true;
  });
  assert.throws(() => krait.runPython('if 1:\nprint(2)'), (e) => e.type === 'IndentationError');
  // The interpreter keeps working afterwards.
  assert.equal(krait.runPython('2 ** 10'), 1024);
});

test('exception types and messages', () => {
  assert.throws(() => krait.runPython('raise ValueError("bad value")'),
    (e) => e.type === 'ValueError' && /ValueError: bad value/.test(e.message));
  assert.throws(() => krait.runPython('class MyErr(Exception): pass\nraise MyErr("x")'),
    (e) => e.type === 'MyErr');
  assert.throws(() => krait.runPython('import sys; sys.exit(3)'), (e) => e.type === 'SystemExit');
  assert.throws(() => krait.runPython('undefined_name'), (e) => e.type === 'NameError');
});

test('globals get/set', () => {
  krait.globals.set('from_js', 41);
  assert.equal(krait.runPython('from_js + 1'), 42);
  krait.runPython('made_in_py = "yes"');
  assert.equal(krait.globals.get('made_in_py'), 'yes');
  assert.equal(krait.globals.get('no_such_name'), undefined);
  assert.equal(krait.globals.has('made_in_py'), true);
});

test('separate globals per run', () => {
  const ns = krait.toPy(new Map([['q', 7]]));
  assert.equal(krait.runPython('q * 6', { globals: ns }), 42);
  assert.throws(() => krait.runPython('q'), (e) => e.type === 'NameError');
  ns.destroy();
});

test('pyimport and the standard library', () => {
  const json = krait.pyimport('json');
  assert.equal(json.dumps(krait.toPy({ a: [1, 2] })), '{"a": [1, 2]}');
  assert.equal(krait.runPython('import json\njson.loads("[1, 2.5, null]")')[1], 2.5);
  assert.equal(krait.runPython('import collections\ncollections.Counter("aab")["a"]'), 2);
  json.destroy();
  assert.throws(() => krait.pyimport('no_such_module_xyz'), (e) => e.type === 'ModuleNotFoundError');
});

test('args and env', () => {
  assert.deepEqual(krait.runPython('import sys\nsys.argv'), ['prog.py', 'a1']);
  assert.equal(krait.runPython('import os\nos.environ.get("KRAIT_TEST_VAR")'), 'hello-env');
});

test('the in-memory file system is shared with JS', () => {
  krait.FS.writeFile('/home/krait/data.txt', 'from js');
  assert.equal(krait.runPython('open("/home/krait/data.txt").read()'), 'from js');
  krait.runPython('open("/home/krait/out.txt", "w").write("from py")');
  assert.equal(krait.FS.readFile('/home/krait/out.txt', { encoding: 'utf8' }), 'from py');
});

test('huge outputs arrive complete', () => {
  let n = 0;
  let last = '';
  const saved = krait._stdoutSink.cb;
  krait._stdoutSink.cb = (t) => { n += t.length; last = t; };
  try {
    krait.runPython('for i in range(200000): print("x" * 20, i)');
  } finally {
    krait._stdoutSink.cb = saved;
  }
  let expected = 0;
  for (let i = 0; i < 200000; i++) expected += 22 + String(i).length;
  assert.equal(n, expected);
  assert.match(last, /199999\n$/);
  const big = krait.runPython('"ab" * 3_000_000');
  assert.equal(big.length, 6_000_000);
});

test('sync stdin: lines, then EOFError when exhausted', async () => {
  const k = await load({ stdin: ['first', 'second\n'] });
  assert.equal(k.runPython('input("prompt> ")'), 'first');
  assert.equal(k.io.out, 'prompt> ');
  assert.equal(k.runPython('import sys\nsys.stdin.readline()'), 'second\n');
  assert.throws(() => k.runPython('input()'), (e) => e.type === 'EOFError');
});

test('/dev/urandom is random and separate from stdin (os.urandom, the hash secret)', async () => {
  let asked = 0;
  const k = await load({ stdin: () => { asked++; return 'line one'; } });
  const r = k.runPython(`
import os, sys
a, b = os.urandom(32), os.urandom(32)
with open('/dev/urandom', 'rb') as f:
    c = f.read(64)
(len(a), len(c), a != b, len(set(c)) > 8, sys.flags.hash_randomization)`);
  assert.deepEqual(r, [32, 64, true, true, 1]);
  assert.equal(asked, 0, 'reading /dev/urandom must not ask stdin for input');
  assert.equal(k.runPython('input()'), 'line one');
  assert.equal(asked, 1);
});

test('start-up failures are reported', async () => {
  await assert.rejects(load({ indexURL: '/nonexistent/dir' }));
});

test('standard library from an image (as in pages) or none at all', async () => {
  const { pathToFileURL } = await import('node:url');
  const img = pathToFileURL(`${wasmDir}/krait-stdlib.img`).href;
  const k = await load({ stdlib: img });
  assert.equal(k.runPython('import json\njson.dumps({"a": [1, 2]})'), '{"a": [1, 2]}');
  assert.ok(k.runPython('json.__file__').startsWith('/lib/python3.11/json/'));
  // Files read back byte for byte (their MEMFS nodes are views of the image), with their
  // sizes, and are read-only.
  const { readFileSync } = await import('node:fs');
  const host = readFileSync('/usr/lib/python3.11/json/decoder.py', 'utf8');
  assert.equal(k.runPython('import json.decoder\nopen(json.decoder.__file__).read()'), host);
  assert.equal(k.runPython('import os\nos.stat(json.decoder.__file__).st_size'), Buffer.byteLength(host));
  assert.throws(() => k.runPython('open(json.decoder.__file__, "a")'),
    (e) => e instanceof PythonError && e.type === 'PermissionError');
  const none = await load({ stdlib: false });
  assert.throws(() => none.runPython('import json'),
    (e) => e instanceof PythonError && e.type === 'ModuleNotFoundError');
});
