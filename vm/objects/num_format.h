// Number and string formatting that reproduces CPython 3.11 byte for byte: repr(float),
// float(str), complex(str), float.hex/fromhex, format(float|int|str|complex, spec),
// round(float, n) and printf-style (str % args) conversions.
//
// Invariants:
// - Independent of the object model: inputs are plain C++ values, outputs are UTF-8 strings.
// - Locale independent: the decimal point is always '.', and no libc call here depends on
//   LC_NUMERIC (snprintf output is parsed digit by digit; strtod only ever sees "DIGITSe<exp>").
// - No exceptions, no mutable globals. Errors: the function returns false and stores CPython's
//   ValueError message in `err`; the caller raises it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace krait {

// repr(float) exactly as CPython: shortest string that round-trips ('0.1', '1e+16', '1e-05',
// '123456789012345.0', '-0.0', 'inf', '-inf', 'nan'). Scientific when the decimal exponent is
// < -4 or >= 16.
std::string floatRepr(double v);

// Python float(str) parsing of UTF-8 text `s`: surrounding (Unicode) whitespace, optional sign,
// 'inf'/'infinity'/'nan' in any case, digits (Unicode decimal digits too) with single
// underscores only between digits, decimal point, exponent. Overflow gives +-inf, underflow
// 0.0 as in CPython. Returns false if invalid (caller raises ValueError
// "could not convert string to float: <repr>").
bool parseFloat(std::string_view s, double& out);

// Python complex(str) parsing of UTF-8 text: '1+2j', '-1.5e3J', 'j', '-j', '1-j', 'infj',
// ' ( 1+2j ) ', with float()'s rules for each number (underscores, Unicode digits/spaces).
// Returns false if malformed (caller raises ValueError "complex() arg is a malformed string").
bool parseComplex(std::string_view s, double& re, double& im);

// Parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct FormatSpec {
    uint32_t fill = ' ';      // a Unicode code point ('0' when zeroPad set it)
    char align = 0;           // 0 (default), '<', '>', '=', '^'
    char sign = 0;            // 0, '+', '-', ' '
    bool zeroNeg = false;     // 'z' (3.11)
    bool alternate = false;   // '#'
    bool zeroPad = false;     // '0' directly before the width, with no explicit fill
    int64_t width = -1;
    char grouping = 0;        // 0, ',', '_'
    int64_t precision = -1;
    char type = 0;            // 0 or the type char (1 for a non-ASCII type code point)
    // The type code point as written, -1 when the spec has no type. Only for error messages
    // and for telling an explicit NUL type (an error for int and str) from no type.
    int64_t rawType = -1;
};

// Parses a format spec (UTF-8). Returns false and sets err to CPython's ValueError message on a
// bad spec ("Invalid format specifier '<spec>' for object of type '<typeName>'",
// "Format specifier missing precision", "Cannot specify ',' with 'x'.", ...). `typeName` is
// the Python type name of the object being formatted.
bool parseFormatSpec(std::string_view spec, FormatSpec& out, std::string& err,
                     std::string_view typeName = "object");

// format(float, spec): types e E f F g G n % and none, with CPython's rules for the empty type
// (like 'g' but always at least one digit after the point when it would look like an int, and
// repr when no precision), correct rounding, 'z', '#', grouping, fill/align/width, sign,
// inf/nan. Returns false with CPython's message in err ("Unknown format code 'd' for object of
// type 'float'", "precision too big", ...). `typeName` names the type in messages.
bool formatFloat(double v, const FormatSpec& spec, std::string& out, std::string& err,
                 std::string_view typeName = "float");

// format(int, spec): `negative` is the sign and `absDigits` the magnitude already converted to
// intBaseForType(spec.type), lowercase, without prefix. Handles types b o x X d n and none, '#'
// prefixes (0b 0o 0x 0X), grouping (',' for d/none, '_' every 3 digits for d and every 4 for
// b/o/x/X), fill/align incl. '=', zeroPad, sign. For type 'c' the caller range-checks the value
// and passes the character's UTF-8 encoding as absDigits. Float types (e E f F g G %) must be
// sent to formatFloat by the caller: this returns false for them with an empty err.
bool formatIntDigits(bool negative, std::string_view absDigits, const FormatSpec& spec,
                     std::string& out, std::string& err, std::string_view typeName = "int");

// Base to convert an int's magnitude to for `type`: b->2, o->8, x/X->16, else 10.
int intBaseForType(char type);

// True for the format types an int converts to float for (e E f F g G %).
bool isFloatTypeForInt(const FormatSpec& spec);

// format(str, spec): s is UTF-8; width/precision count code points; only type 's' or none;
// '=' alignment, sign, 'z' and '#' are errors with CPython's messages.
bool formatString(std::string_view s, const FormatSpec& spec, std::string& out, std::string& err,
                  std::string_view typeName = "str");

// float.hex(v): '0x1.8000000000000p+0', '-0x0.0p+0', '0x0.0000000000001p-1022', 'inf', 'nan'.
std::string floatHex(double v);

// Outcome of parseFloatHex; the caller raises ValueError("invalid hexadecimal floating-point
// string") for kInvalid and OverflowError("hexadecimal value too large to represent as a
// float") for kOverflow.
enum class HexFloatStatus { kOk, kInvalid, kOverflow };

// float.fromhex(s): ASCII whitespace around, optional sign, inf/infinity/nan, optional '0x',
// hex digits with an optional point, optional 'p' binary exponent; rounded half-even.
HexFloatStatus parseFloatHex(std::string_view s, double& out);

// repr(complex): '1.5j', '(1+2j)', '(-0-1j)', '(nan+infj)'.
std::string complexRepr(double re, double im);

// format(complex, spec): types e E f F g G n and none (like str(); precision without a type is
// 'g'). Zero padding and '=' alignment are errors, as in CPython.
bool formatComplex(double re, double im, const FormatSpec& spec, std::string& out,
                   std::string& err, std::string_view typeName = "complex");

// Python round(x, ndigits) for floats: correctly rounded half-even on the exact decimal value
// of x (round(2.675, 2) == 2.67, round(0.5, 0) == 0.0, round(1.5, 0) == 2.0), any ndigits;
// inf/nan are returned unchanged. Sets overflow (result meaningless) when the rounded value is
// too large to represent ("rounded value too large to represent").
double roundDouble(double x, int64_t ndigits, bool& overflow);

// CPython's PyOS_double_to_string, used for %-formatting ("%.3f" % x): code is one of
// e E f F g G r; precision (ignored for 'r', which gives repr(x)); alternate is '#'; sign is
// 0, '+' or ' ' (prefix for non-negative values, nan included).
std::string doubleToString(double v, char code, int precision, bool alternate, char sign);

// One printf-style conversion of str % args: flags, width, precision (after '*' expansion by
// the caller; -1 when absent) and the conversion character.
struct PercentSpec {
    bool leftAlign = false;  // '-'
    bool plus = false;       // '+'
    bool space = false;      // ' '
    bool alternate = false;  // '#'
    bool zero = false;       // '0'
    int64_t width = -1;
    int64_t precision = -1;
    char code = 0;
};

// '%d %i %u %o %x %X' of an int: the caller passes the sign and the magnitude in the code's
// base (intBaseForType(code)), lowercase. Precision is a minimum digit count; '#' adds 0o/0x/0X.
std::string percentFormatInt(bool negative, std::string_view absDigits, const PercentSpec& spec);

// '%e %E %f %F %g %G' of a float (precision defaults to 6).
std::string percentFormatFloat(double v, const PercentSpec& spec);

// '%s %r %a %c': `text` is the already converted UTF-8 text (str(), repr(), ascii() or the one
// character); precision truncates s/r/a to that many code points; only '-' and width apply.
std::string percentFormatText(std::string_view text, const PercentSpec& spec);

}  // namespace krait
