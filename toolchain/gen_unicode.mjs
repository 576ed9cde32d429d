#!/usr/bin/env node
// Generates Krait's Unicode character database tables (vm/objects/unicode_db.cpp reads them)
// from the Unicode Character Database text files of Debian's `unicode-data` package.
//
// Usage: node gen_unicode.mjs [UCD_DIR] OUTPUT.cpp
//   UCD_DIR defaults to /usr/share/unicode.
//
// The tables describe Unicode 14.0 (CPython 3.11's version): code points whose age
// (DerivedAge.txt) is newer than 14.0 are treated as unassigned.
//
// Layout: every code point maps to a record (flags, digit value, case mappings); equal records
// are shared. A three-level table of deduplicated blocks maps cp -> record (index1 by the top
// bits, index2 by the middle bits, index3 by the low bits); the shifts are chosen to make the
// tables smallest. Case mappings are deltas (cp + delta) unless the record has the
// extended flag, in which case each mapping is (start | length << 24) into kUnicodeExtCase.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
if (args.length < 1 || args.length > 2) {
  console.error('usage: gen_unicode.mjs [UCD_DIR] OUTPUT.cpp');
  process.exit(2);
}
const ucdDir = args.length === 2 ? args[0] : '/usr/share/unicode';
const output = args[args.length - 1];
const kMaxAge = 14.0;
const kMaxCp = 0x110000;

function readLines(name) {
  const text = fs.readFileSync(path.join(ucdDir, name), 'utf8');
  const out = [];
  for (let line of text.split('\n')) {
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    if (line.trim() === '') continue;
    out.push(line.split(';').map((f) => f.trim()));
  }
  return out;
}
function parseRange(field) {
  const parts = field.split('..');
  const lo = parseInt(parts[0], 16);
  const hi = parts.length > 1 ? parseInt(parts[1], 16) : lo;
  return [lo, hi];
}
const hexList = (s) => (s === '' ? [] : s.split(/\s+/).map((h) => parseInt(h, 16)));

// Flag bits (must match vm/objects/unicode_db.cpp).
const F = {
  alpha: 1 << 0, decimal: 1 << 1, digit: 1 << 2, numeric: 1 << 3, lower: 1 << 4,
  upper: 1 << 5, title: 1 << 6, space: 1 << 7, linebreak: 1 << 8, printable: 1 << 9,
  xidStart: 1 << 10, xidContinue: 1 << 11, cased: 1 << 12, caseIgnorable: 1 << 13,
  extended: 1 << 14,
};

// ---- Age filter ----
const tooNew = new Uint8Array(kMaxCp);
for (const [range, age] of readLines('DerivedAge.txt')) {
  if (parseFloat(age) > kMaxAge) {
    const [lo, hi] = parseRange(range);
    for (let c = lo; c <= hi; c++) tooNew[c] = 1;
  }
}

// ---- UnicodeData.txt ----
const category = new Array(kMaxCp);
const bidi = new Array(kMaxCp);
const decimal = new Int8Array(kMaxCp).fill(-1);
const digit = new Int8Array(kMaxCp).fill(-1);
const simpleUpper = new Int32Array(kMaxCp).fill(-1);
const simpleLower = new Int32Array(kMaxCp).fill(-1);
const simpleTitle = new Int32Array(kMaxCp).fill(-1);
{
  let rangeStart = -1;
  for (const f of readLines('UnicodeData.txt')) {
    const cp = parseInt(f[0], 16);
    const set = (c) => {
      category[c] = f[2];
      bidi[c] = f[4];
      if (f[6] !== '') decimal[c] = parseInt(f[6], 10);
      if (f[7] !== '') digit[c] = parseInt(f[7], 10);
      if (f[12] !== '') simpleUpper[c] = parseInt(f[12], 16);
      if (f[13] !== '') simpleLower[c] = parseInt(f[13], 16);
      if (f[14] !== '') simpleTitle[c] = parseInt(f[14], 16);
    };
    if (f[1].endsWith(', First>')) {
      rangeStart = cp;
      continue;
    }
    if (f[1].endsWith(', Last>')) {
      for (let c = rangeStart; c <= cp; c++) set(c);
      continue;
    }
    set(cp);
  }
}

// ---- Derived properties ----
const props = new Uint16Array(kMaxCp);
const propBits = {
  Lowercase: F.lower, Uppercase: F.upper, Cased: F.cased, Case_Ignorable: F.caseIgnorable,
  XID_Start: F.xidStart, XID_Continue: F.xidContinue,
};
for (const [range, prop] of readLines('DerivedCoreProperties.txt')) {
  const bit = propBits[prop];
  if (!bit) continue;
  const [lo, hi] = parseRange(range);
  for (let c = lo; c <= hi; c++) props[c] |= bit;
}
// Modifier letters that became Lowercase (and so Cased) only in Unicode 15.0.
for (const c of [0x10FC, 0xA7F2, 0xA7F3, 0xA7F4, 0xAB69]) props[c] &= ~(F.lower | F.cased);
const numeric = new Uint8Array(kMaxCp);
for (const f of readLines('extracted/DerivedNumericValues.txt')) {
  const [lo, hi] = parseRange(f[0]);
  for (let c = lo; c <= hi; c++) numeric[c] = 1;
}

// ---- Special casing (unconditional entries only) and case folding (C and F) ----
const special = new Map();
for (const f of readLines('SpecialCasing.txt')) {
  if (f.length > 4 && f[4] !== '') continue;   // conditional
  const cp = parseInt(f[0], 16);
  special.set(cp, { lower: hexList(f[1]), title: hexList(f[2]), upper: hexList(f[3]) });
}
const folding = new Map();
for (const f of readLines('CaseFolding.txt')) {
  if (f[1] !== 'C' && f[1] !== 'F') continue;
  folding.set(parseInt(f[0], 16), hexList(f[2]));
}

// ---- Records ----
const extCase = [];
const extCaseIndex = new Map();
function addExt(seq) {
  const key = seq.join(',');
  if (!extCaseIndex.has(key)) {
    extCaseIndex.set(key, extCase.length);
    extCase.push(...seq);
  }
  return extCaseIndex.get(key) | (seq.length << 24);
}
const records = [];
const recordIndex = new Map();
const cpRecord = new Uint16Array(kMaxCp);
const eq = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);
for (let c = 0; c < kMaxCp; c++) {
  let rec = [0, 0, 0, 0, 0, 0];   // flags, digit, upper, lower, title, fold
  const cat = category[c];
  if (cat !== undefined && !tooNew[c]) {
    let flags = props[c];
    if (['Lu', 'Ll', 'Lt', 'Lm', 'Lo'].includes(cat)) flags |= F.alpha;
    if (cat === 'Lt') flags |= F.title;
    if (cat === 'Zl' || bidi[c] === 'B') flags |= F.linebreak;
    if (cat === 'Zs' || ['WS', 'B', 'S'].includes(bidi[c])) flags |= F.space;
    if (c === 0x20 || (cat[0] !== 'C' && cat[0] !== 'Z')) flags |= F.printable;
    let dig = 0;
    if (decimal[c] >= 0) { flags |= F.decimal; dig = decimal[c]; }
    if (digit[c] >= 0) { flags |= F.digit; dig = digit[c]; }
    if (numeric[c]) flags |= F.numeric;
    const upper = simpleUpper[c] >= 0 ? simpleUpper[c] : c;
    const lower = simpleLower[c] >= 0 ? simpleLower[c] : c;
    const title = simpleTitle[c] >= 0 ? simpleTitle[c] : upper;
    let sc = special.get(c);
    const cf = folding.get(c) || [c];
    if (!sc && !eq(cf, [lower])) sc = { lower: [lower], title: [title], upper: [upper] };
    if (!sc) {
      rec = [flags, dig, upper - c, lower - c, title - c, lower - c];
    } else {
      flags |= F.extended;
      rec = [flags, dig, addExt(sc.upper), addExt(sc.lower), addExt(sc.title), addExt(cf)];
    }
  }
  const key = rec.join(',');
  let idx = recordIndex.get(key);
  if (idx === undefined) {
    idx = records.length;
    recordIndex.set(key, idx);
    records.push(rec);
  }
  cpRecord[c] = idx;
}
if (records.length > 65535) throw new Error('too many records');

// ---- Three-level split, smallest total size ----
// split(values, shift) -> { index, data }: data holds the distinct blocks of 2^shift values,
// index[i] is the block number of values[i << shift ...].
function split(values, shift) {
  const size = 1 << shift;
  const blocks = new Map();
  const index = [];
  const data = [];
  for (let start = 0; start < values.length; start += size) {
    const block = Array.from(values.slice(start, start + size));
    const key = block.join(',');
    let b = blocks.get(key);
    if (b === undefined) {
      b = blocks.size;
      blocks.set(key, b);
      data.push(...block);
    }
    index.push(b);
  }
  return { index, data, count: blocks.size };
}
const bytesFor = (max) => (max < 256 ? 1 : 2);
const indexBytes = bytesFor(records.length - 1);
let best = null;
for (let shift2 = 3; shift2 <= 8; shift2++) {
  const low = split(cpRecord, shift2);
  for (let shift1 = 2; shift1 <= 8; shift1++) {
    const high = split(low.index, shift1);
    const total = high.index.length * bytesFor(high.count - 1) +
        high.data.length * bytesFor(low.count - 1) + low.data.length * indexBytes;
    if (!best || total < best.total) {
      best = { shift1, shift2, index1: high.index, index2: high.data, index3: low.data, total,
               i1Bytes: bytesFor(high.count - 1), i2Bytes: bytesFor(low.count - 1) };
    }
  }
}

// ---- Output ----
function emitArray(type, name, values) {
  let out = `const ${type} ${name}[${values.length}] = {\n`;
  let line = '   ';
  for (const v of values) {
    const item = ` ${v},`;
    if (line.length + item.length > 99) {
      out += line + '\n';
      line = '   ';
    }
    line += item;
  }
  out += line + '\n};\n';
  return out;
}
const typeFor = (n) => (n === 1 ? 'uint8_t' : 'uint16_t');
const i1Type = typeFor(best.i1Bytes);
const i2Type = typeFor(best.i2Bytes);
const i3Type = typeFor(indexBytes);
let src = `// Generated by toolchain/gen_unicode.mjs from the Unicode ${kMaxAge.toFixed(1)} character
// database. Do not edit. ${records.length} records, shifts ${best.shift1}/${best.shift2},
// ${best.total} index bytes.
#include <cstdint>

#include "objects/unicode_db.h"

namespace krait::unicode {

namespace {
constexpr unsigned kShift1 = ${best.shift1};
constexpr unsigned kShift2 = ${best.shift2};

`;
src += emitArray(i1Type, 'kUnicodeIndex1', best.index1);
src += emitArray(i2Type, 'kUnicodeIndex2', best.index2);
src += emitArray(i3Type, 'kUnicodeIndex3', best.index3);
src += `const UnicodeRecord kUnicodeRecords[${records.length}] = {\n`;
for (const r of records) src += `    {${r[2]}, ${r[3]}, ${r[4]}, ${r[5]}, ${r[0]}, ${r[1]}},\n`;
src += '};\n';
src += '\n}  // namespace\n\n';
src += emitArray('uint32_t', 'kUnicodeExtCase', extCase).replace('const', 'extern const');
src += `
// Index lookup used by unicode_db.cpp.
const UnicodeRecord& unicodeRecord(uint32_t cp) {
    if (cp >= 0x110000) return kUnicodeRecords[0];
    unsigned hi = cp >> kShift2;
    unsigned b1 = kUnicodeIndex1[hi >> kShift1];
    unsigned b2 = kUnicodeIndex2[(b1 << kShift1) + (hi & ((1u << kShift1) - 1))];
    return kUnicodeRecords[kUnicodeIndex3[(b2 << kShift2) + (cp & ((1u << kShift2) - 1))]];
}

}  // namespace krait::unicode
`;
fs.mkdirSync(path.dirname(output), { recursive: true });
const tmp = output + '.tmp';
fs.writeFileSync(tmp, src);
fs.renameSync(tmp, output);
console.log(`gen_unicode: ${records.length} records, shifts ${best.shift1}/${best.shift2}, ` +
            `${best.total + records.length * 20 + extCase.length * 4} bytes of tables`);
