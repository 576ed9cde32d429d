// Text encodings: encode/decode between str and bytes for utf-8 (and utf-8-sig), utf-16 and
// utf-32 (with BOM, -le, -be), latin-1 and ascii, with the error handlers strict, ignore, replace,
// surrogateescape, surrogatepass, backslashreplace, xmlcharrefreplace and namereplace and any
// handler given to codecs.register_error. Encoding names are normalised as CPython's (utf8,
// UTF-8, latin1, iso-8859-1, us-ascii, ...); other encodings go through the codec registry
// (codecs.register / Lib's encodings package). Errors raise UnicodeDecodeError /
// UnicodeEncodeError with CPython's reasons and spans, LookupError "unknown encoding: x" and
// "unknown error handler name 'x'".
//
// The registry itself (search functions, their cache and the error handlers) lives here, per
// interpreter, and the _codecs module (vm/modules/codecs_module.cpp) exposes it together with
// the stateful entry points below (utf-7, unicode-escape, raw-unicode-escape, charmap and
// escape codecs, incremental decoding with a `final` flag and a consumed count).
#pragma once

#include <string>
#include <string_view>

#include "core/object.h"
#include "core/types.h"

namespace krait {

// The canonical codec name ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32",
// "utf-32-le", "utf-32-be", "latin-1", "ascii"), or an empty view if the encoding is unknown.
std::string_view codecCanonicalName(std::string_view encoding);

// str -> bytes (new reference) / null with the exception set.
Object* codecsEncode(Object* str, std::string_view encoding, std::string_view errors);
// The same into a std::string (for the io layer); false with the exception set.
bool codecsEncodeToStd(Object* str, std::string_view encoding, std::string_view errors,
                       std::string& out);
// bytes -> str (new reference) / null with the exception set. `source`, if given, is the
// bytes-like object the data came from (stored in UnicodeDecodeError.object; otherwise a new
// bytes object is made).
Object* codecsDecode(std::string_view data, std::string_view encoding, std::string_view errors,
                     Object* source = nullptr);

// ---- The registry (codecs.register, lookup, register_error, lookup_error) ----
bool codecRegister(Object* searchFunction);           // false + TypeError if not callable
bool codecUnregister(Object* searchFunction);
Object* codecLookup(Object* encoding);                // new reference (the CodecInfo) or null
bool codecForget(Object* encoding);
bool codecRegisterError(Object* name, Object* handler);
Object* codecLookupError(std::string_view name);      // new reference or null (LookupError)

// ---- Stateful entry points of _codecs ----
// Decodes with one of "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
// "utf-32-be", "latin-1", "ascii", "utf-7", "unicode-escape", "raw-unicode-escape". When final
// is false an incomplete sequence at the end is left undecoded; *consumed (if given) receives
// the number of bytes decoded. byteorder (utf-16/utf-32 only, may be null): in 0 = detect a
// BOM, -1 little, 1 big; out the order of the BOM found (0 if none).
Object* codecsDecodeStateful(std::string_view codec, std::string_view data,
                             std::string_view errors, Object* source, bool final, ssize* consumed,
                             int* byteorder = nullptr);
// Encodes with one of the codecs above; byteorder for "utf-16"/"utf-32": 0 little with a BOM,
// -1 little, 1 big.
Object* codecsEncodeStateful(Object* str, std::string_view codec, std::string_view errors,
                             int byteorder = 0);
// charmap_decode / charmap_encode (mapping: None = latin-1, str = decoding table, EncodingMap,
// or any object indexed by byte / code point).
Object* codecsCharmapDecode(std::string_view data, std::string_view errors, Object* mapping,
                            Object* source);
Object* codecsCharmapEncode(Object* str, std::string_view errors, Object* mapping);
// charmap_build(decoding_table): an EncodingMap, or a dict {code point: byte} when the table
// does not fit one.
Object* codecsCharmapBuild(Object* table);
// escape_decode (bytes literal escapes -> bytes; errors strict/ignore/replace) and
// escape_encode (bytes -> repr-style escapes).
Object* codecsEscapeDecode(std::string_view data, std::string_view errors);
Object* codecsEscapeEncode(std::string_view data);

// Wraps the pending exception raised by codec `encoding` (a str) as CPython's wrap_codec_error:
// "encoding with 'x' codec failed (ValueError: ...)" chained by __cause__, when that is safe.
void codecsWrapError(const char* operation, Object* encoding);

extern Type EncodingMapType;

}  // namespace krait
