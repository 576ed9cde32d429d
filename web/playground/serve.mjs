#!/usr/bin/env node
// Serves the playground: `node web/playground/serve.mjs [port]` (default 8123), then open
// http://localhost:8123/web/playground/ . Serves the repository root (so /js/ and
// /build-wasm/ are reachable) with the COOP/COEP headers that make the page cross-origin
// isolated (SharedArrayBuffer for the interrupt buffer / a threaded build).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.img': 'application/octet-stream', '.png': 'image/png', '.py': 'text/plain; charset=utf-8',
};

// wasmDir (default: $KRAIT_WASM_DIR, else <root>/build-wasm) is served as /build-wasm/, so a
// test can point the page at any build directory.
export function startServer(port = 8123, host = '127.0.0.1',
  wasmDir = process.env.KRAIT_WASM_DIR ?? path.join(root, 'build-wasm')) {
  const wasmRoot = path.resolve(wasmDir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const rel = decodeURIComponent(url.pathname);
    const base = rel.startsWith('/build-wasm/') ? wasmRoot : root;
    let file = path.normalize(path.join(base, base === root ? rel : rel.slice('/build-wasm'.length)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
        'Cross-Origin-Resource-Policy': 'same-origin',
        'Cache-Control': 'no-cache',
      });
      res.end(data);
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.argv[2] ?? 8123);
  await startServer(port);
  console.log(`Krait playground: http://localhost:${port}/web/playground/`);
}
