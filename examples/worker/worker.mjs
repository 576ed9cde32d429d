// The Web Worker of examples/worker/index.html: loads Krait, then runs each message's Python
// source and posts back its output and the value of its last expression.
import { loadKrait } from '../../js/index.mjs';

const krait = await loadKrait({
  indexURL: new URL('../../build-wasm/', import.meta.url).href,
  stdout: (text) => postMessage({ out: text }),
  stderr: (text) => postMessage({ out: text }),
});
onmessage = (event) => {
  try {
    postMessage({ result: String(krait.runPython(event.data)) });
  } catch (e) {
    postMessage({ error: `${e.type}: ${e.message}` });
  }
};
postMessage({ ready: true });
