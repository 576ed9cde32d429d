// Headless-browser check of the playground (web/playground): Debian's chromium driven by
// playwright-core (tests/browser/package.json; toolchain/setup.sh installs both). Run by
// ctest (browser-playground, label wasm) or directly:
//   node tests/js/playground.browser.mjs
// Env: KRAIT_WASM_DIR (the build directory served as /build-wasm/, default build-wasm),
// PLAYWRIGHT_CORE (the package, default tests/browser/node_modules/playwright-core),
// CHROMIUM (default /usr/bin/chromium), KRAIT_SCREENSHOT (default <wasm dir>/playground.png).
// In the Web Worker and then on the page's main thread: runs a program, answers an input()
// prompt, recurses 100,000 deep, stops an infinite loop (KeyboardInterrupt); checks that the
// page's timer kept ticking while Python looped on the main thread; loads the examples/web and
// examples/worker pages and checks their output; saves a screenshot.
// Every wait is bounded; the whole run is capped at KRAIT_BROWSER_TIMEOUT ms (default 240 s).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../web/playground/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const wasmDir = path.resolve(process.env.KRAIT_WASM_DIR ?? path.join(root, 'build-wasm'));
const pwPath = process.env.PLAYWRIGHT_CORE ??
  path.join(root, 'tests/browser/node_modules/playwright-core');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
for (const [what, p, fix] of [
  ['playwright-core', pwPath, 'run toolchain/setup.sh (npm ci in tests/browser)'],
  ['chromium', chromiumPath, 'run toolchain/setup.sh (apt chromium)'],
  ['krait_web.wasm', path.join(wasmDir, 'krait_web.wasm'), 'build with toolchain/build.sh wasm'],
]) {
  if (!fs.existsSync(p)) {
    console.error(`${what} not found at ${p}: ${fix}`);
    process.exit(1);
  }
}
const { chromium } = createRequire(import.meta.url)(pwPath);

const TOTAL_MS = Number(process.env.KRAIT_BROWSER_TIMEOUT ?? 240000);
const watchdog = setTimeout(() => {
  console.error(`playground browser test: no result after ${TOTAL_MS} ms`);
  process.exit(1);
}, TOTAL_MS);

const STEP_MS = 60000;   // one step (generous: 2 shared cores)
const DEEP = 'import sys\nsys.setrecursionlimit(110000)\n' +
  'def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n' +
  'print("deep", depth(100000))';

const server = await startServer(0, '127.0.0.1', wasmDir);
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  timeout: STEP_MS,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
});
let failed = false;
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(STEP_MS);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}/web/playground/`);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
  const output = () => page.textContent('#output');
  const waitOutput = (text, count = 1) => page.waitForFunction(
    ([t, n]) => document.getElementById('output').textContent.split(t).length - 1 >= n,
    [text, count]);
  const waitReady = () => page.waitForFunction(
    () => document.getElementById('status').textContent === 'ready');
  const run = async (code) => {
    await waitReady();
    await page.fill('#editor', code);
    await page.click('#run');
  };
  for (const [mode, n] of [['worker', 1], ['main thread', 2]]) {
    if (mode === 'main thread') await page.check('#mainthread');
    // 1. a program's output
    await run(`print("hello from krait", 6 * 7, ${JSON.stringify(mode)})`);
    await waitOutput(`hello from krait 42 ${mode}`);
    // 2. input()
    await run('name = input("name? ")\nprint("hi", name)');
    await page.waitForSelector('#stdinbar:not([hidden])');
    await page.fill('#stdin', `Bob ${n}`);
    await page.press('#stdin', 'Enter');
    await waitOutput(`hi Bob ${n}`);
    // 3. Python recursion 100,000 deep
    await run(DEEP);
    await waitOutput('deep 100000', n);
    // 4. Stop an infinite loop
    await run('while True:\n    pass');
    await page.waitForFunction(() => document.getElementById('status').textContent !== 'ready');
    await page.waitForTimeout(300);
    await page.click('#stop');
    await waitOutput('KeyboardInterrupt', n);
    console.log(`${mode}: output, input(), recursion 100000 deep, Stop: ok`);
  }
  // 5. the REPL
  await waitReady();
  await page.fill('#repl', '[x * x for x in range(4)]');
  await page.press('#repl', 'Enter');
  await waitOutput('[0, 1, 4, 9]');
  // 6. main thread: the page's timer keeps ticking while Python loops for 1 s
  await waitReady();
  const before = Number(await page.textContent('#ticker'));
  await run('import time\nt = time.time() + 1.0\nwhile time.time() < t:\n    pass\nprint("loop done")');
  await waitOutput('loop done');
  const after = Number(await page.textContent('#ticker'));
  // A 50 ms interval: ~20 ticks when the page stays responsive, 0-1 if the loop froze it.
  assert.ok(after - before >= 5, `page timer ticked ${after - before} times during a 1 s Python loop`);
  // 7. the examples: a minimal page (Python on the main thread) and a Web Worker page.
  for (const [example, expected] of [
    ['web', /^Hello from Python 3\.11\.\S+ in the page: 5050\n$/],
    ['worker', /^worker says 2432902008176640000\nresult: 42\n$/],
  ]) {
    const p = await browser.newPage();
    p.setDefaultTimeout(STEP_MS);
    p.on('pageerror', (e) => errors.push(`${example}: ${e}`));
    await p.goto(`http://127.0.0.1:${port}/examples/${example}/`);
    await p.waitForFunction(() => document.body.dataset.done === 'yes');
    const text = await p.textContent('#out');
    assert.match(text, expected, `examples/${example} printed ${JSON.stringify(text)}`);
    await p.close();
    console.log(`examples/${example}: ok`);
  }
  assert.deepEqual(errors, []);
  const shot = process.env.KRAIT_SCREENSHOT ?? path.join(wasmDir, 'playground.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`timer ticks during a 1 s main-thread loop: ${after - before}; screenshot ${shot}`);
  console.log((await output()).slice(-400));
  console.log('playground browser test passed');
} catch (e) {
  failed = true;
  console.error(e);
} finally {
  await browser.close();
  server.close();
  clearTimeout(watchdog);
}
process.exit(failed ? 1 : 0);
