// Text encodings: encode/decode between str and bytes for utf-8 (and utf-8-sig), utf-16 and
// utf-32 (with BOM, -le, -be), latin-1 and ascii, with the error handlers strict, ignore, replace,
// surrogateescape, surrogatepass, backslashreplace and xmlcharrefreplace (encode). Encoding
// names are normalised as CPython's (utf8, UTF-8, latin1, iso-8859-1, us-ascii, ...). Errors
// raise UnicodeDecodeError / UnicodeEncodeError with CPython's reasons, LookupError
// "unknown encoding: x" and "unknown error handler name 'x'".
#pragma once

#include <string>
#include <string_view>

#include "core/object.h"

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

}  // namespace krait
