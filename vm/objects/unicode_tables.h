// The generated unicodedata tables (toolchain/gen_unicode.mjs writes their definitions into the
// build tree). Only vm/objects/unicode_*.cpp read these; everything else goes through
// objects/unicode_db.h.
//
// Layouts:
// - kDecompData[off] = tag << 8 | count, then count code points (tag indexes kDecompTagNames;
//   0 is canonical).
// - kCompositionKeys (sorted) = first << 21 | second, kCompositionValues the primary composite.
// - kCjkRanges: kCjkRangeCount [first, last] pairs of "CJK UNIFIED IDEOGRAPH-X" code points.
// - Names: kNames, kAliases and kNamedSeqNames are streams of entries
//   [suffix length | 0x80 if the code point is not previous + 1][LEB128 delta if so]
//   [count of leading tokens shared with the previous entry][suffix tokens]; a token is one
//   byte n < 192 or two bytes (192 + (n - 192 >> 8), n - 192 & 255). Token 0 joins the next word
//   with '-' instead of ' ', token 1 is '-' + the code point in hex (at least 4 digits), and
//   token kNameFirstWord + i is word i of the lexicon. kNames is indexed every kNameBlock
//   entries (first code point, byte offset); an indexed entry shares no tokens. Aliases are keyed
//   by the code point they name, named sequences by their number
//   (kNamedSeqData[kNamedSeqOffsets[n]] = count, then the code points).
// - Lexicon: words 0..kLexiconTop-1 by frequency, the rest in alphabetical order; each word is
//   [prefix length shared with the previous word][suffix length][suffix chars], and every
//   kLexiconBlock-th word (at kLexiconOffsets[i / kLexiconBlock]) is stored whole.
#pragma once

#include <cstdint>

#include "objects/unicode_db.h"

namespace krait::unicode {

extern const UcdProps kUcdProps[];
extern const char* const kCategoryNames[];
extern const char* const kBidiNames[];
extern const char* const kEastAsianWidthNames[];
extern const char* const kDecompTagNames[];
extern const double kNumericValues[];

extern const uint32_t kDecompData[];
extern const uint32_t kCompositionCount;
extern const uint64_t kCompositionKeys[];
extern const uint32_t kCompositionValues[];
// Singleton decompositions corrected after 3.2: kCorrections32Count [cp, 3.2 mapping] pairs.
extern const uint32_t kCorrections32Count;
extern const uint32_t kCorrections32[];
extern const uint32_t kCjkRangeCount;
extern const uint32_t kCjkRanges[];

extern const uint32_t kMaxNameLength;
extern const uint32_t kNameBlock;
extern const uint32_t kLexiconBlock;
extern const uint32_t kLexiconCount;
extern const uint32_t kLexiconTop;
extern const uint32_t kNameFirstWord;
extern const uint8_t kLexicon[];
extern const uint32_t kLexiconOffsets[];
extern const uint32_t kNamesSize;
extern const uint8_t kNames[];
extern const uint32_t kNameIndexCount;
extern const uint32_t kNameIndexCp[];
extern const uint32_t kNameIndexOffset[];
extern const uint32_t kAliasesSize;
extern const uint8_t kAliases[];
extern const uint32_t kNamedSeqSize;
extern const uint8_t kNamedSeqNames[];
extern const uint32_t kNamedSeqCount;
extern const uint16_t kNamedSeqOffsets[];
extern const uint32_t kNamedSeqData[];

}  // namespace krait::unicode
