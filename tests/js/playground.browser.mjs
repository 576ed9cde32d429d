// Headless-browser check of the playground (web/playground): Debian's chromium driven by
// playwright-core. Not part of `node --test tests/js/` (needs the browser and the package):
//   PLAYWRIGHT_CORE=/path/to/node_modules/playwright-core node tests/js/playground.browser.mjs
// Runs a program, answers an input() prompt, stops an infinite loop (KeyboardInterrupt),
// checks that the page's timer kept ticking while Python looped on the main thread, and saves
// a screenshot (KRAIT_SCREENSHOT, default build-wasm/playground.png).
import assert from 'node:assert/strict';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../web/playground/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const { chromium } = require(process.env.PLAYWRIGHT_CORE ?? 'playwright-core');

const server = await startServer(0);
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e));
  await page.goto(`http://127.0.0.1:${port}/web/playground/`);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready', null, { timeout: 60000 });
  const output = () => page.textContent('#output');
  const run = async (code) => {
    await page.fill('#editor', code);
    await page.click('#run');
  };
  // 1. a program's output
  await run('print("hello from krait", 6 * 7)');
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('hello from krait 42'));
  // 2. input()
  await run('name = input("name? ")\nprint("hi", name)');
  await page.waitForSelector('#stdinbar:not([hidden])');
  await page.fill('#stdin', 'Bob');
  await page.press('#stdin', 'Enter');
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('hi Bob'));
  // 3. Stop an infinite loop
  await run('while True:\n    pass');
  await page.waitForTimeout(300);
  await page.click('#stop');
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('KeyboardInterrupt'), null, { timeout: 20000 });
  // 4. the REPL
  await page.fill('#repl', '[x * x for x in range(4)]');
  await page.press('#repl', 'Enter');
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('[0, 1, 4, 9]'));
  // 5. main thread: the page's timer keeps ticking while Python loops
  await page.check('#mainthread');
  await run('import time\nt = time.time() + 1.5\nn = 0\nwhile time.time() < t:\n    n += 1\nprint("main loop done", n > 0)');
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('main loop done True'), null, { timeout: 60000 });
  const before = Number(await page.textContent('#ticker'));
  await run('import time\nt = time.time() + 1.0\nwhile time.time() < t:\n    pass\nprint("second loop done")');
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('second loop done'), null, { timeout: 60000 });
  const after = Number(await page.textContent('#ticker'));
  assert.ok(after - before >= 10, `page timer ticked ${after - before} times during a 1 s Python loop`);
  const shot = process.env.KRAIT_SCREENSHOT ?? path.join(root, 'build-wasm', 'playground.png');
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`playground browser test passed (timer ticks during loop: ${after - before}); screenshot ${shot}`);
  console.log((await output()).slice(-300));
} finally {
  await browser.close();
  server.close();
}
