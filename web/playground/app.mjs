// The playground page: talks to worker.mjs (or, with "run on the main thread", runs Krait in
// the page itself: runPythonAsync slices keep the page responsive either way).
const $ = (id) => document.getElementById(id);
const out = $('output');
let busy = false;

function print(text, cls) {
  const span = document.createElement('span');
  if (cls) span.className = cls;
  span.textContent = text;
  out.appendChild(span);
  out.scrollTop = out.scrollHeight;
}

function setBusy(b) {
  busy = b;
  $('run').disabled = b;
  $('repl').disabled = b;
  $('stop').disabled = !b;
  $('status').textContent = b ? 'running…' : 'ready';
}

// A ticking page timer: shows that the page keeps running while Python loops.
let ticks = 0;
setInterval(() => { $('ticker').textContent = String(++ticks); }, 50);

let askLine;
function askInput() {
  return new Promise((resolve) => {
    $('stdinbar').hidden = false;
    $('stdin').focus();
    askLine = (line) => {
      $('stdinbar').hidden = true;
      print(`${line}\n`);
      resolve(line);
    };
  });
}
$('stdin').addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && askLine) {
    const f = askLine;
    askLine = undefined;
    f($('stdin').value);
    $('stdin').value = '';
  }
});

// ---- worker back end
const worker = new Worker(new URL('worker.mjs', import.meta.url), { type: 'module' });
worker.onmessage = (ev) => {
  const m = ev.data;
  if (m.type === 'ready') {
    print(`Python ${m.version}\n`);
    setBusy(false);
  } else if (m.type === 'stdout') print(m.text);
  else if (m.type === 'stderr') print(m.text, 'err');
  else if (m.type === 'running') setBusy(true);
  else if (m.type === 'done') setBusy(false);
  else if (m.type === 'input-request') askInput().then((line) => worker.postMessage({ type: 'input', line }));
};

// ---- main-thread back end (loaded on first use)
let mainKrait;
async function mainThread() {
  if (!mainKrait) {
    const { loadKrait } = await import('../../js/index.mjs');
    mainKrait = await loadKrait({
      indexURL: new URL('../../build-wasm/', import.meta.url).href,
      stdout: (t) => print(t),
      stderr: (t) => print(t, 'err'),
      stdin: askInput,
    });
  }
  return mainKrait;
}

async function run(code, filename) {
  if ($('mainthread').checked) {
    setBusy(true);
    try {
      const k = await mainThread();
      const r = await k.runPythonAsync(code, { filename });
      if (filename === '<stdin>' && r !== undefined && r !== null) {
        print(`${k.isPyProxy(r) ? r.repr() : k.runPython('repr')(r)}\n`);
      }
    } catch (e) {
      print(e.type ? e.message : `${e}\n`, 'err');
    }
    setBusy(false);
  } else {
    worker.postMessage({ type: filename === '<stdin>' ? 'repl' : 'run', code });
  }
}

$('run').onclick = () => run($('editor').value, '<main>');
$('stop').onclick = () => {
  if ($('mainthread').checked) mainKrait?.interrupt();
  else worker.postMessage({ type: 'stop' });
};
$('clear').onclick = () => { out.textContent = ''; };
$('repl').addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && !busy) {
    const code = $('repl').value;
    $('repl').value = '';
    print(`>>> ${code}\n`);
    run(code, '<stdin>');
  }
});
