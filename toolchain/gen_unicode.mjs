#!/usr/bin/env node
// Generates Krait's Unicode character database tables (vm/objects/unicode_db.cpp reads them)
// from the Unicode Character Database text files of Debian's `unicode-data` package.
//
// Usage: node gen_unicode.mjs [UCD_DIR] OUTPUT.cpp
//   UCD_DIR defaults to /usr/share/unicode.
//
// The tables describe Unicode 14.0 (CPython 3.11's version): code points whose age
// (DerivedAge.txt) is newer than 14.0 are treated as unassigned, and the few 15.0 changes to
// older characters are undone (Lowercase of five modifier letters, three name aliases).
//
// It also writes the unicodedata tables (objects/unicode_tables.h): per-code-point property
// records (category, bidi class, east asian width, mirrored, combining class, numeric value),
// decompositions, primary composites, and the character names in a word-token encoding.
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

// Code points assigned by Unicode 3.2 (unicodedata.ucd_3_2_0).
const in32 = new Uint8Array(kMaxCp);
for (const [range, age] of readLines('DerivedAge.txt')) {
  if (parseFloat(age) <= 3.2) {
    const [lo, hi] = parseRange(range);
    for (let c = lo; c <= hi; c++) in32[c] = 1;
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
const combining = new Uint8Array(kMaxCp);
const mirrored = new Uint8Array(kMaxCp);
const decompField = new Array(kMaxCp);
const charName = new Array(kMaxCp);
const rangeKind = new Array(kMaxCp);   // '<CJK Ideograph, First>' style ranges: the range name
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
      combining[c] = parseInt(f[3], 10);
      if (f[9] === 'Y') mirrored[c] = 1;
      if (f[5] !== '') decompField[c] = f[5];
    };
    if (f[1].endsWith(', First>')) {
      rangeStart = cp;
      continue;
    }
    if (f[1].endsWith(', Last>')) {
      const kind = f[1].slice(1, -', Last>'.length);
      for (let c = rangeStart; c <= cp; c++) {
        set(c);
        rangeKind[c] = kind;
      }
      continue;
    }
    set(cp);
    if (!f[1].startsWith('<')) charName[cp] = f[1];
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
// The smallest three-level table for values (one per code point); valueMax is the largest value.
function bestSplit(values, valueMax) {
  const valueBytes = valueMax < 256 ? 1 : valueMax < 65536 ? 2 : 4;
  let best = null;
  for (let shift2 = 3; shift2 <= 8; shift2++) {
    const low = split(values, shift2);
    for (let shift1 = 2; shift1 <= 8; shift1++) {
      const high = split(low.index, shift1);
      const total = high.index.length * bytesFor(high.count - 1) +
          high.data.length * bytesFor(low.count - 1) + low.data.length * valueBytes;
      if (!best || total < best.total) {
        best = { shift1, shift2, index1: high.index, index2: high.data, index3: low.data, total,
                 i1Bytes: bytesFor(high.count - 1), i2Bytes: bytesFor(low.count - 1),
                 valueBytes };
      }
    }
  }
  return best;
}
const indexBytes = bytesFor(records.length - 1);
const best = bestSplit(cpRecord, records.length - 1);

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

// ======== unicodedata tables (vm/objects/unicode_tables.h declares them) ========
// Properties that CPython 3.11's unicodedata reports, for Unicode 14.0: code points newer than
// 14.0 (tooNew) are unassigned (category Cn, bidirectional '', east_asian_width F, as
// CPython's record 0).
const kCategories = ['Cn', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Mc', 'Me', 'Nd', 'Nl', 'No',
  'Zs', 'Zl', 'Zp', 'Cc', 'Cf', 'Cs', 'Co', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'Sm', 'Sc',
  'Sk', 'So'];
const kBidiNames = ['', 'L', 'LRE', 'LRO', 'R', 'AL', 'RLE', 'RLO', 'PDF', 'EN', 'ES', 'ET', 'AN',
  'CS', 'NSM', 'BN', 'B', 'S', 'WS', 'ON', 'LRI', 'RLI', 'FSI', 'PDI'];
const kEawNames = ['F', 'H', 'W', 'Na', 'A', 'N'];
const kDecompTags = ['', '<font>', '<noBreak>', '<initial>', '<medial>', '<final>', '<isolated>',
  '<circle>', '<super>', '<sub>', '<vertical>', '<wide>', '<narrow>', '<small>', '<square>',
  '<fraction>', '<compat>'];
const assigned = (c) => category[c] !== undefined && !tooNew[c];

const eaw = new Uint8Array(kMaxCp).fill(5);
for (const [range, w] of readLines('EastAsianWidth.txt')) {
  const [lo, hi] = parseRange(range);
  const idx = kEawNames.indexOf(w);
  if (idx < 0) throw new Error('unknown east asian width ' + w);
  for (let c = lo; c <= hi; c++) eaw[c] = idx;
}

// Numeric values: DerivedNumericValues gives "a/b" exactly; the value is a / b in doubles.
const numericText = new Array(kMaxCp);
for (const f of readLines('extracted/DerivedNumericValues.txt')) {
  const [lo, hi] = parseRange(f[0]);
  for (let c = lo; c <= hi; c++) numericText[c] = f[3];
}
const numericValues = [0];
const numericIndex = new Map();
function numericOf(c) {
  const t = numericText[c];
  if (t === undefined) return 0;
  let idx = numericIndex.get(t);
  if (idx === undefined) {
    const [a, b] = t.split('/');
    const v = b === undefined ? Number(a) : Number(a) / Number(b);
    idx = numericValues.length;
    numericValues.push(v);
    numericIndex.set(t, idx);
  }
  return idx;
}

const propRecords = [];
const propIndex = new Map();
const cpProp = new Uint16Array(kMaxCp);
for (let c = 0; c < kMaxCp; c++) {
  let rec = [0, 0, 16, 0, 0];   // category, bidi, eaw | mirrored << 3 | new since 3.2 << 4, ccc, numeric
  if (assigned(c)) {
    const cat = kCategories.indexOf(category[c]);
    const bd = kBidiNames.indexOf(bidi[c]);
    if (cat < 0 || bd < 0) throw new Error(`bad category/bidi at ${c.toString(16)}`);
    rec = [cat, bd, eaw[c] | (mirrored[c] << 3) | (in32[c] ? 0 : 16), combining[c], numericOf(c)];
  }
  const key = rec.join(',');
  let idx = propIndex.get(key);
  if (idx === undefined) {
    idx = propRecords.length;
    propIndex.set(key, idx);
    propRecords.push(rec);
  }
  cpProp[c] = idx;
}
const propSplit = bestSplit(cpProp, propRecords.length - 1);

// Decompositions: kDecompData[offset] = tag << 8 | count, then count code points.
const decompData = [0];
const cpDecomp = new Uint16Array(kMaxCp);
const canonPairs = [];
for (let c = 0; c < kMaxCp; c++) {
  const d = decompField[c];
  if (d === undefined || !assigned(c)) continue;
  const parts = d.split(/\s+/);
  let tag = 0;
  if (parts[0].startsWith('<')) {
    tag = kDecompTags.indexOf(parts.shift());
    if (tag <= 0) throw new Error('unknown decomposition tag ' + d);
  }
  const cps = parts.map((h) => parseInt(h, 16));
  cpDecomp[c] = decompData.length;
  decompData.push((tag << 8) | cps.length, ...cps);
  if (tag === 0 && cps.length === 2) canonPairs.push([cps[0], cps[1], c]);
}
if (decompData.length > 65535) throw new Error('decomposition data too large');
const decompSplit = bestSplit(cpDecomp, decompData.length - 1);

// Primary composites: canonical pairs that are not Full_Composition_Exclusion.
const compExcluded = new Set();
for (const f of readLines('DerivedNormalizationProps.txt')) {
  if (f[1] !== 'Full_Composition_Exclusion') continue;
  const [lo, hi] = parseRange(f[0]);
  for (let c = lo; c <= hi; c++) compExcluded.add(c);
}
// Decompositions corrected after Unicode 3.2 (Corrigendum 4): [cp, original] for ucd_3_2_0.
const corrections32 = [];
for (const f of readLines('NormalizationCorrections.txt')) {
  if (parseFloat(f[3]) > 3.2) corrections32.push(parseInt(f[0], 16), parseInt(f[1], 16));
}
const compositions = canonPairs.filter(([, , c]) => !compExcluded.has(c))
  .map(([a, b, c]) => [BigInt(a) << 21n | BigInt(b), c])
  .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));

// Algorithmically named CJK unified ideographs: the 14.0 parts of the '<CJK Ideograph...>'
// ranges.
const cjkRanges = [];
for (let c = 0; c < kMaxCp; c++) {
  if (!(rangeKind[c] || '').startsWith('CJK Ideograph') || !assigned(c)) continue;
  const last = cjkRanges[cjkRanges.length - 1];
  if (last && last[1] === c - 1) last[1] = c;
  else cjkRanges.push([c, c]);
}

// ---- Names ----
// A name is a sequence of words joined by ' ', or by '-' where a kHyphen token precedes the word;
// a kHexCp token stands for '-' + the code point in hex (CJK COMPATIBILITY IDEOGRAPH-F900).
// Tokens are word numbers in order of frequency: 0..191 take one byte, others two
// (192 + (n - 192 >> 8), n - 192 & 255). Each name is [length | 0x80 if the code point does not
// follow the previous one by 1][LEB128 delta if so][tokens]. kNameBlock names form a block whose
// first code point and byte offset are indexed, for name(cp).
const kHyphen = 0, kHexCp = 1;
const hexName = (c) => c.toString(16).toUpperCase().padStart(4, '0');
function splitName(name, cp) {
  const words = [];   // [text or token number, hyphenBefore]
  const items = name.split(' ');
  for (let i = 0; i < items.length; i++) {
    const parts = items[i].split('-');
    for (let j = 0; j < parts.length; j++) {
      if (j === parts.length - 1 && j > 0 && cp !== undefined && parts[j] === hexName(cp)) {
        words.push([kHexCp, false]);
      } else {
        words.push([parts[j], j > 0]);
      }
    }
  }
  return words;
}
const aliasesAdded15 = new Set(['0019;EM', '0616;ARABIC SMALL HIGH LIGATURE ALEF WITH YEH BARREE',
  '1BBD;SUNDANESE LETTER ARCHAIC I']);
const mainNames = [];
for (let c = 0; c < kMaxCp; c++) if (charName[c] !== undefined && assigned(c)) mainNames.push([c, charName[c]]);
const aliasNames = [];
for (const f of readLines('NameAliases.txt')) {
  const c = parseInt(f[0], 16);
  if (!assigned(c) || aliasesAdded15.has(f[0] + ';' + f[1])) continue;
  aliasNames.push([c, f[1]]);
}
aliasNames.sort((a, b) => a[0] - b[0]);
const seqNames = [];
const seqData = [];
const seqOffsets = [];
for (const f of readLines('NamedSequences.txt')) {
  const cps = hexList(f[1]);
  if (!cps.every(assigned)) continue;
  seqNames.push([seqNames.length, f[0]]);
  seqOffsets.push(seqData.length);
  seqData.push(cps.length, ...cps);
}
const wordFreq = new Map();
for (const list of [mainNames, aliasNames, seqNames]) {
  for (const [c, name] of list) {
    for (const [w, hy] of splitName(name, list === mainNames ? c : undefined)) {
      if (hy) wordFreq.set(kHyphen, (wordFreq.get(kHyphen) || 0) + 1);
      wordFreq.set(w, (wordFreq.get(w) || 0) + 1);
    }
  }
}
const specialTokens = [kHyphen, kHexCp];
// Word numbers: the kLexTop most frequent words first (most of them get one-byte tokens), the
// others in alphabetical order (so lookup can binary-search them).
const kLexBlock = 16;
const kLexTop = 192;
const byFreq = [...wordFreq.keys()].filter((w) => typeof w === 'string')
  .sort((a, b) => wordFreq.get(b) - wordFreq.get(a) || (a < b ? -1 : 1));
const lexWords = byFreq.slice(0, kLexTop).concat(byFreq.slice(kLexTop).sort());
const wordId = new Map(lexWords.map((w, i) => [w, i + specialTokens.length]));
const tokenCount = lexWords.length + specialTokens.length;
if (tokenCount > 192 + 64 * 256) throw new Error('too many name words');
function tokenBytes(id) {
  if (id < 192) return [id];
  const n = id - 192;
  return [192 + (n >> 8), n & 255];
}
// The token numbers of name (checked by decoding them back).
function encodeName(name, cp) {
  const out = [];
  for (const [w, hy] of splitName(name, cp)) {
    if (hy) out.push(kHyphen);
    out.push(typeof w === 'string' ? wordId.get(w) : w);
  }
  let text = '';
  let first = true;
  let hyphen = false;
  for (const id of out) {
    if (id === kHyphen) { hyphen = true; continue; }
    if (id === kHexCp) text += '-' + hexName(cp);
    else text += (first ? '' : hyphen ? '-' : ' ') + lexWords[id - specialTokens.length];
    first = false;
    hyphen = false;
  }
  if (text !== name) throw new Error(`name round trip failed: ${name} -> ${text}`);
  return out;
}
const kNameBlock = 32;
// Entries: [suffix byte length | 0x80 if the code point is not previous + 1][LEB128 delta if so]
// [number of leading tokens shared with the previous entry][suffix tokens]. The first entry of
// each indexed block shares nothing.
function encodeList(list, indexed) {
  const bytes = [];
  const idxCp = [];
  const idxOff = [];
  let prev = -1;
  let prevToks = [];
  list.forEach(([c, name], i) => {
    const blockStart = i % kNameBlock === 0;
    if (indexed && blockStart) { idxCp.push(c); idxOff.push(bytes.length); }
    const toks = encodeName(name, indexed ? c : undefined);
    let shared = 0;
    if (!(indexed && blockStart)) {
      while (shared < toks.length && shared < prevToks.length &&
             toks[shared] === prevToks[shared]) shared++;
    }
    const suffix = toks.slice(shared).flatMap(tokenBytes);
    if (suffix.length >= 128 || shared > 255) throw new Error('name too long: ' + name);
    if (c === prev + 1) {
      bytes.push(suffix.length);
    } else {
      bytes.push(suffix.length | 0x80);
      let d = c - prev;
      if (d < 0) throw new Error('names out of order');
      do {
        bytes.push((d & 127) | (d >= 128 ? 128 : 0));
        d >>>= 7;
      } while (d > 0);
    }
    bytes.push(shared, ...suffix);
    prev = c;
    prevToks = toks;
  });
  return { bytes, idxCp, idxOff };
}
const mainEnc = encodeList(mainNames, true);
const aliasEnc = encodeList(aliasNames, false);
const seqEnc = encodeList(seqNames, false);
// Lexicon: [shared prefix length with the previous word][suffix length][suffix chars] per word;
// each block of kLexBlock words starts with a full word (shared 0) and is indexed.
const lexBytes = [];
const lexOffsets = [];
let maxWordLen = 0;
lexWords.forEach((w, i) => {
  let shared = 0;
  if (i % kLexBlock === 0) {
    lexOffsets.push(lexBytes.length);
  } else {
    const p = lexWords[i - 1];
    while (shared < w.length && shared < p.length && w[shared] === p[shared] && shared < 255) shared++;
  }
  maxWordLen = Math.max(maxWordLen, w.length);
  lexBytes.push(shared, w.length - shared, ...[...w.slice(shared)].map((ch) => ch.charCodeAt(0)));
});
if (maxWordLen > 64 || kLexTop % kLexBlock !== 0) throw new Error('lexicon layout');
const maxNameLen = Math.max(...[mainNames, aliasNames, seqNames].flat().map(([, n]) => n.length));

function emitSplit(prefix, sp) {
  let out = `const unsigned k${prefix}Shift1 = ${sp.shift1};\nconst unsigned k${prefix}Shift2 = ${sp.shift2};\n`;
  out += emitArray(typeFor(sp.i1Bytes), `k${prefix}Index1`, sp.index1);
  out += emitArray(typeFor(sp.i2Bytes), `k${prefix}Index2`, sp.index2);
  out += emitArray(sp.valueBytes === 1 ? 'uint8_t' : sp.valueBytes === 2 ? 'uint16_t' : 'uint32_t',
                   `k${prefix}Index3`, sp.index3);
  return out;
}
const strList = (xs) => xs.map((x) => JSON.stringify(x)).join(', ');
let ud = `
// ---- unicodedata (see objects/unicode_tables.h) ----
namespace {
${emitSplit('Prop', propSplit)}${emitSplit('Decomp', decompSplit)}
}  // namespace

#define KRAIT_SPLIT_LOOKUP(P, cp) \\
    (P##Index3[(static_cast<unsigned>(P##Index2[(static_cast<unsigned>(P##Index1[((cp) >> P##Shift2) >> P##Shift1]) << P##Shift1) + \\
        (((cp) >> P##Shift2) & ((1u << P##Shift1) - 1))]) << P##Shift2) + ((cp) & ((1u << P##Shift2) - 1))])

const UcdProps kUcdProps[${propRecords.length}] = {
${propRecords.map((r) => `    {${r[0]}, ${r[1]}, ${r[2]}, ${r[3]}, ${r[4]}},`).join('\n')}
};
const char* const kCategoryNames[${kCategories.length}] = {${strList(kCategories)}};
const char* const kBidiNames[${kBidiNames.length}] = {${strList(kBidiNames)}};
const char* const kEastAsianWidthNames[${kEawNames.length}] = {${strList(kEawNames)}};
const char* const kDecompTagNames[${kDecompTags.length}] = {${strList(kDecompTags)}};
const double kNumericValues[${numericValues.length}] = {${numericValues.map((v) => (Number.isInteger(v) ? v.toFixed(1) : String(v))).join(', ')}};

const UcdProps& ucdProps(uint32_t cp) {
    if (cp >= 0x110000) return kUcdProps[0];
    return kUcdProps[KRAIT_SPLIT_LOOKUP(kProp, cp)];
}
const uint32_t* decompositionData(uint32_t cp) {
    if (cp >= 0x110000) return nullptr;
    unsigned off = KRAIT_SPLIT_LOOKUP(kDecomp, cp);
    return off ? &kDecompData[off] : nullptr;
}
#undef KRAIT_SPLIT_LOOKUP

${emitArray('uint32_t', 'kDecompData', decompData)}
const uint32_t kCompositionCount = ${compositions.length};
${emitArray('uint64_t', 'kCompositionKeys', compositions.map(([k]) => k.toString() + 'u'))}
${emitArray('uint32_t', 'kCompositionValues', compositions.map(([, c]) => c))}
const uint32_t kCorrections32Count = ${corrections32.length / 2};
${emitArray('uint32_t', 'kCorrections32', corrections32)}
const uint32_t kCjkRangeCount = ${cjkRanges.length};
${emitArray('uint32_t', 'kCjkRanges', cjkRanges.flat())}
const uint32_t kMaxNameLength = ${maxNameLen};
const uint32_t kNameBlock = ${kNameBlock};
const uint32_t kLexiconBlock = ${kLexBlock};
const uint32_t kLexiconCount = ${lexWords.length};
const uint32_t kLexiconTop = ${kLexTop};
const uint32_t kNameFirstWord = ${specialTokens.length};
${emitArray('uint8_t', 'kLexicon', lexBytes)}
${emitArray('uint32_t', 'kLexiconOffsets', lexOffsets)}
const uint32_t kNamesSize = ${mainEnc.bytes.length};
${emitArray('uint8_t', 'kNames', mainEnc.bytes)}
const uint32_t kNameIndexCount = ${mainEnc.idxCp.length};
${emitArray('uint32_t', 'kNameIndexCp', mainEnc.idxCp)}
${emitArray('uint32_t', 'kNameIndexOffset', mainEnc.idxOff)}
const uint32_t kAliasesSize = ${aliasEnc.bytes.length};
${emitArray('uint8_t', 'kAliases', aliasEnc.bytes)}
const uint32_t kNamedSeqSize = ${seqEnc.bytes.length};
${emitArray('uint8_t', 'kNamedSeqNames', seqEnc.bytes)}
const uint32_t kNamedSeqCount = ${seqOffsets.length};
${emitArray('uint16_t', 'kNamedSeqOffsets', seqOffsets)}
${emitArray('uint32_t', 'kNamedSeqData', seqData)}
`;
src = src.replace(/\n}  \/\/ namespace krait::unicode\n$/, ud + '\n}  // namespace krait::unicode\n');
src = src.replace('#include "objects/unicode_db.h"', '#include "objects/unicode_db.h"\n#include "objects/unicode_tables.h"');
const udBytes = propSplit.total + propRecords.length * 6 + decompSplit.total + decompData.length * 4 +
  compositions.length * 12 + lexBytes.length + lexOffsets.length * 4 + mainEnc.bytes.length +
  mainEnc.idxCp.length * 8 + aliasEnc.bytes.length + seqEnc.bytes.length + seqData.length * 4;
console.log(`gen_unicode: unicodedata ${propRecords.length} property records, ` +
            `${decompData.length} decomposition words, ${compositions.length} compositions, ` +
            `${mainNames.length} names (${lexWords.length} words, ${lexBytes.length} lexicon bytes, ` +
            `${mainEnc.bytes.length} name bytes), ${udBytes} bytes of tables`);
fs.mkdirSync(path.dirname(output), { recursive: true });
const tmp = output + '.tmp';
fs.writeFileSync(tmp, src);
fs.renameSync(tmp, output);
console.log(`gen_unicode: ${records.length} records, shifts ${best.shift1}/${best.shift2}, ` +
            `${best.total + records.length * 20 + extCase.length * 4} bytes of tables`);
