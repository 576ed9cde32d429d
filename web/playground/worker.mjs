// The playground's Web Worker: one Krait interpreter; runs programs and REPL lines with
// runPythonAsync so Stop (interrupt) and input() work while Python runs.
import { loadKrait } from '../../js/index.mjs';

let krait;
let pendingInput;
const post = (msg) => postMessage(msg);

async function init() {
  krait = await loadKrait({
    indexURL: new URL('../../build-wasm/', import.meta.url).href,
    stdout: (text) => post({ type: 'stdout', text }),
    stderr: (text) => post({ type: 'stderr', text }),
    stdin: () => new Promise((resolve) => {
      pendingInput = resolve;
      post({ type: 'input-request' });
    }),
  });
  post({ type: 'ready', version: krait.runPython('import sys\nsys.version') });
}

async function run(code, filename) {
  post({ type: 'running' });
  try {
    const r = await krait.runPythonAsync(code, { filename });
    if (filename === '<stdin>' && r !== undefined && r !== null) {
      let text;
      if (krait.isPyProxy(r)) {
        text = r.repr();
        r.destroy();
      } else {
        const reprFn = krait.runPython('repr');
        text = reprFn(r);
        reprFn.destroy();
      }
      post({ type: 'stdout', text: `${text}\n` });
    }
  } catch (e) {
    post({ type: 'stderr', text: e.type ? e.message : `${e}\n` });
  }
  post({ type: 'done' });
}

onmessage = (ev) => {
  const msg = ev.data;
  if (msg.type === 'run') run(msg.code, '<main>');
  else if (msg.type === 'repl') run(msg.code, '<stdin>');
  else if (msg.type === 'stop') krait?.interrupt();
  else if (msg.type === 'input' && pendingInput) {
    const r = pendingInput;
    pendingInput = undefined;
    r(msg.line);
  }
};

init().catch((e) => post({ type: 'stderr', text: `failed to start Krait: ${e}\n` }));
