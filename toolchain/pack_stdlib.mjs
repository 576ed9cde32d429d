#!/usr/bin/env node
// Packs a subset of CPython 3.11's pure-Python standard library into one file-system image
// that js/index.mjs unpacks into the interpreter's in-memory file system (for pages and
// workers; Node mounts the host's Lib directly).
//
//   node toolchain/pack_stdlib.mjs [--lib DIR] [--out FILE] [--modules a,b,c] [--no-deps] [--all]
//
// --modules: top-level modules or packages to include (default: a common set, see DEFAULT).
// Module-level imports of the included sources are followed (a static scan of unindented
// `import x` / `from x import y` lines) unless --no-deps is given. --all packs every module of Lib except
// tests, idlelib, tkinter, turtledemo, ensurepip, lib2to3 and site-packages.
//
// Image format: "KRAITFS1", u32 little-endian header length, a JSON header
// [[relative path, size], ...], then the file contents in header order.
import fs from 'node:fs';
import path from 'node:path';

const DEFAULT = [
  'abc', 'argparse', 'ast', 'base64', 'bisect', 'calendar', 'collections', 'contextlib', 'copy',
  'csv', 'dataclasses', 'datetime', 'decimal', 'difflib', 'enum', 'fractions', 'functools',
  'heapq', 'io', 'itertools', 'json', 'keyword', 'math', 'numbers', 'operator', 'os', 'pprint',
  'random', 're', 'statistics', 'string', 'struct', 'textwrap', 'types', 'typing', 'warnings',
  'weakref',
];
const EXCLUDE_DIRS = new Set(['test', 'tests', 'idle_test', '__pycache__', 'site-packages',
  'dist-packages', 'idlelib', 'tkinter', 'turtledemo', 'ensurepip', 'lib2to3', 'config-3.11-x86_64-linux-gnu']);

function parseArgs(argv) {
  const o = { lib: '/usr/lib/python3.11', out: 'krait-stdlib.img', modules: DEFAULT, deps: true, all: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lib') o.lib = argv[++i];
    else if (a === '--out') o.out = argv[++i];
    else if (a === '--modules') o.modules = argv[++i].split(',').map((s) => s.trim()).filter(Boolean);
    else if (a === '--no-deps') o.deps = false;
    else if (a === '--all') o.all = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: pack_stdlib.mjs [--lib DIR] [--out FILE] [--modules a,b] [--no-deps] [--all]');
      process.exit(0);
    } else {
      console.error(`pack_stdlib: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return o;
}

function walkPy(dir, rel, out) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.isDirectory()) {
      if (!EXCLUDE_DIRS.has(ent.name)) walkPy(path.join(dir, ent.name), `${rel}${ent.name}/`, out);
    } else if (ent.name.endsWith('.py')) {
      out.add(`${rel}${ent.name}`);
    }
  }
}

// Files (relative to lib) that make up top-level module `name`; [] if not in Lib.
function filesOf(lib, name) {
  const top = name.split('.')[0];
  const pkg = path.join(lib, top);
  if (fs.existsSync(path.join(pkg, '__init__.py'))) {
    const s = new Set();
    walkPy(pkg, `${top}/`, s);
    return [...s];
  }
  if (fs.existsSync(path.join(lib, `${top}.py`))) return [`${top}.py`];
  return [];
}

const IMPORT_RE = /^(?:from\s+([A-Za-z_][\w.]*)\s+import\b|import\s+([A-Za-z_][\w.,\s]*?)(?:\s+as\s+\w+)?\s*(?:#.*)?$)/gm;

function importsOf(source) {
  const names = new Set();
  for (const m of source.matchAll(IMPORT_RE)) {
    if (m[1]) names.add(m[1].split('.')[0]);
    else if (m[2]) {
      for (const part of m[2].split(',')) {
        const n = part.trim().split(/\s+/)[0];
        if (n) names.add(n.split('.')[0]);
      }
    }
  }
  return names;
}

export function collect({ lib, modules, deps, all }) {
  const files = new Set();
  if (all) {
    walkPy(lib, '', files);
    return [...files].sort();
  }
  const seen = new Set();
  const queue = [...modules];
  while (queue.length) {
    const name = queue.shift().split('.')[0];
    if (seen.has(name)) continue;
    seen.add(name);
    const fl = filesOf(lib, name);
    for (const f of fl) {
      files.add(f);
      if (deps) {
        for (const dep of importsOf(fs.readFileSync(path.join(lib, f), 'utf8'))) {
          if (!seen.has(dep)) queue.push(dep);
        }
      }
    }
  }
  return [...files].sort();
}

export function pack(lib, files) {
  const header = [];
  const parts = [];
  for (const f of files) {
    const data = fs.readFileSync(path.join(lib, f));
    header.push([f, data.length]);
    parts.push(data);
  }
  const h = Buffer.from(JSON.stringify(header));
  const pre = Buffer.alloc(12);
  pre.write('KRAITFS1', 0, 'latin1');
  pre.writeUInt32LE(h.length, 8);
  return Buffer.concat([pre, h, ...parts]);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('pack_stdlib.mjs')) {
  const o = parseArgs(process.argv.slice(2));
  const files = collect(o);
  const img = pack(o.lib, files);
  fs.mkdirSync(path.dirname(path.resolve(o.out)), { recursive: true });
  fs.writeFileSync(o.out, img);
  console.log(`pack_stdlib: ${files.length} files, ${img.length} bytes -> ${o.out}`);
}
