// The unicodedata module: CPython 3.11's API over Krait's generated Unicode 14.0 tables
// (objects/unicode_db.h): character properties, names (with aliases, named sequences and the
// algorithmic CJK / Hangul names), decomposition and normalization. `ucd_3_2_0` is a UCD object
// for Unicode 3.2.0 as used by stringprep/idna: characters assigned after 3.2 (DerivedAge.txt)
// are unassigned there, it has no aliases or named sequences, and it normalizes with the
// pre-Corrigendum-4 decompositions; other property changes since 3.2 are not tracked (the
// machine has no 3.2 data files).
#include <string>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/runtime.h"
#include "modules/modules.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/unicode_db.h"

namespace krait {

namespace {

using Args = Object* const*;
namespace ucd = unicode;

// A UCD object: the database of one older Unicode version (only 3.2.0 exists).
struct UcdObject {
    Object ob;
    const char* version;
};

extern Type UcdType;

bool isOld(Object* self) { return typeOf(self) == &UcdType; }

// Whether cp counts as unassigned in self's version.
bool oldUnassigned(Object* self, uint32_t cp) {
    return isOld(self) && cp < 0x110000 && ucd::unassignedIn32(cp);
}

// Reads the one-character argument `arg` of fname into cp. argNum > 0: "argument N" in the
// message (functions with several parameters), 0: "argument".
bool charArg(const char* fname, Object* arg, int argNum, uint32_t& cp) {
    if (!isStr(arg) || strLength(arg) != 1) {
        const char* what = isStr(arg) ? "str" : nullptr;
        if (argNum > 0) {
            if (what) setError(&ExcTypeError, "%s() argument %d must be a unicode character, not str",
                               fname, argNum);
            else setError(&ExcTypeError, "%s() argument %d must be a unicode character, not %T",
                          fname, argNum, arg);
        } else {
            if (what) setError(&ExcTypeError, "%s() argument must be a unicode character, not str",
                               fname);
            else setError(&ExcTypeError, "%s() argument must be a unicode character, not %T",
                          fname, arg);
        }
        return false;
    }
    cp = strCharAt(arg, 0);
    return true;
}

// The single positional argument of a METH_O style function.
bool oneArg(const char* fname, Args args, size_t nargs, Object* kwnames, uint32_t& cp) {
    std::string qual = std::string("unicodedata.") + fname;
    if (!checkNoKwargs(qual.c_str(), kwnames)) return false;
    if (nargs != 1) {
        setError(&ExcTypeError, "%s() takes exactly one argument (%zu given)", qual.c_str(),
                 nargs);
        return false;
    }
    return charArg(fname, args[0], 0, cp);
}

// (chr, default=<unset>) functions: name, decimal, digit, numeric.
bool charDefaultArgs(const char* fname, Args args, size_t nargs, Object* kwnames, uint32_t& cp,
                     Object*& deflt) {
    std::string qual = std::string("unicodedata.") + fname;
    if (!checkNoKwargs(qual.c_str(), kwnames) || !checkArgCount(fname, nargs, 1, 2)) return false;
    deflt = nargs > 1 ? args[1] : nullptr;
    return charArg(fname, args[0], 1, cp);
}

Object* ucdCategory(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!oneArg("category", args, nargs, kwnames, cp)) return nullptr;
    if (oldUnassigned(self, cp)) return strFromAscii("Cn");
    return strFromAscii(ucd::categoryName(cp));
}

Object* ucdBidirectional(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!oneArg("bidirectional", args, nargs, kwnames, cp)) return nullptr;
    if (oldUnassigned(self, cp)) return strFromAscii("");
    return strFromAscii(ucd::bidiName(cp));
}

Object* ucdCombining(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!oneArg("combining", args, nargs, kwnames, cp)) return nullptr;
    if (oldUnassigned(self, cp)) return intFromInt64(0);
    return intFromInt64(ucd::combiningClass(cp));
}

Object* ucdMirrored(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!oneArg("mirrored", args, nargs, kwnames, cp)) return nullptr;
    if (oldUnassigned(self, cp)) return intFromInt64(0);
    return intFromInt64(ucd::isMirrored(cp) ? 1 : 0);
}

Object* ucdEastAsianWidth(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!oneArg("east_asian_width", args, nargs, kwnames, cp)) return nullptr;
    if (oldUnassigned(self, cp)) return strFromAscii("F");
    return strFromAscii(ucd::eastAsianWidthName(cp));
}

Object* ucdDecomposition(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!oneArg("decomposition", args, nargs, kwnames, cp)) return nullptr;
    if (oldUnassigned(self, cp)) return strFromAscii("");
    return strFromAscii(ucd::decompositionString(cp));
}

Object* ucdDecimal(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    Object* deflt;
    if (!charDefaultArgs("decimal", args, nargs, kwnames, cp, deflt)) return nullptr;
    int v = oldUnassigned(self, cp) ? -1 : ucd::decimalValue(cp);
    if (v < 0) {
        if (deflt) return newRef(deflt);
        return setError(&ExcValueError, "not a decimal");
    }
    return intFromInt64(v);
}

Object* ucdDigit(Object*, Args args, size_t nargs, Object* kwnames) {
    // As CPython, digit() has no old-version handling.
    uint32_t cp;
    Object* deflt;
    if (!charDefaultArgs("digit", args, nargs, kwnames, cp, deflt)) return nullptr;
    int v = ucd::digitValue(cp);
    if (v < 0) {
        if (deflt) return newRef(deflt);
        return setError(&ExcValueError, "not a digit");
    }
    return intFromInt64(v);
}

Object* ucdNumeric(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    Object* deflt;
    if (!charDefaultArgs("numeric", args, nargs, kwnames, cp, deflt)) return nullptr;
    double v;
    if (oldUnassigned(self, cp) || !ucd::numericValue(cp, v)) {
        if (deflt) return newRef(deflt);
        return setError(&ExcValueError, "not a numeric character");
    }
    return floatFromDouble(v);
}

Object* ucdName(Object* self, Args args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    Object* deflt;
    if (!charDefaultArgs("name", args, nargs, kwnames, cp, deflt)) return nullptr;
    std::string name;
    if (oldUnassigned(self, cp) || !ucd::characterName(cp, name)) {
        if (deflt) return newRef(deflt);
        return setError(&ExcValueError, "no such name");
    }
    return strFromAscii(name);
}

Object* ucdLookup(Object* self, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("unicodedata.lookup", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError,
                        "unicodedata.lookup() takes exactly one argument (%zu given)", nargs);
    }
    Object* arg = args[0];
    std::string name;
    if (isStr(arg)) {
        name = strToStd(arg);
    } else if (isBytes(arg)) {
        name.assign(bytesView(arg));
    } else if (isByteArray(arg) || typeOf(arg) == &MemoryViewType) {
        return setError(&ExcTypeError,
                        "lookup() argument must be read-only bytes-like object, not %T", arg);
    } else {
        return setError(&ExcTypeError, "a bytes-like object is required, not '%T'", arg);
    }
    if (name.size() > ucd::kMaxNameQuery) {
        Ref<> msg = Ref<>::steal(strFromAscii("name too long"));
        return msg ? setErrorObject(&ExcKeyError, msg.get()) : nullptr;
    }
    ucd::NameMatch m;
    bool old = isOld(self);
    bool found = ucd::lookupName(name, !old, m);
    if (found && old && m.seqLength == 0) {
        // 3.2.0 has no aliases and none of the later characters.
        std::string real;
        found = !ucd::unassignedIn32(m.cp) && ucd::characterName(m.cp, real);
        if (found) {
            for (char& c : name) {
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
            }
            found = real == name;
        }
    }
    if (!found) {
        // CPython formats the name as a C string: it ends at the first NUL.
        std::string shown = name.substr(0, name.find('\0'));
        Ref<> msg = Ref<>::steal(strFromUtf8("undefined character name '" + shown + "'"));
        return msg ? setErrorObject(&ExcKeyError, msg.get()) : nullptr;
    }
    if (m.seqLength) return strFromCodePoints(m.seq, static_cast<ssize>(m.seqLength));
    return strFromCodePoint(m.cp);
}

// The (form, unistr) arguments of normalize / is_normalized.
bool normArgs(const char* fname, Args args, size_t nargs, Object* kwnames, ucd::NormalForm& form,
              Object*& str) {
    std::string qual = std::string("unicodedata.") + fname;
    if (!checkNoKwargs(qual.c_str(), kwnames) || !checkArgCount(fname, nargs, 2, 2)) return false;
    if (!isStr(args[0])) {
        setError(&ExcTypeError, "%s() argument 1 must be str, not %T", fname, args[0]);
        return false;
    }
    if (!isStr(args[1])) {
        setError(&ExcTypeError, "%s() argument 2 must be str, not %T", fname, args[1]);
        return false;
    }
    if (!ucd::parseNormalForm(strView(args[0]), form)) {
        setError(&ExcValueError, "invalid normalization form");
        return false;
    }
    str = args[1];
    return true;
}

std::vector<uint32_t> codePoints(Object* s) {
    ssize n = strLength(s);
    std::vector<uint32_t> cps(static_cast<size_t>(n));
    for (ssize i = 0; i < n; i++) cps[static_cast<size_t>(i)] = strCharAt(s, i);
    return cps;
}

// Normalizes cps in self's version (3.2.0: later characters pass through unchanged and the
// Corrigendum 4 decompositions are the old ones).
void normalizeIn(Object* self, ucd::NormalForm form, const std::vector<uint32_t>& cps,
                 std::vector<uint32_t>& out) {
    if (!isOld(self)) {
        ucd::normalize(form, cps.data(), cps.size(), out);
        return;
    }
    ucd::normalize32(form, cps.data(), cps.size(), out);
}

Object* ucdNormalize(Object* self, Args args, size_t nargs, Object* kwnames) {
    ucd::NormalForm form;
    Object* s;
    if (!normArgs("normalize", args, nargs, kwnames, form, s)) return nullptr;
    std::vector<uint32_t> cps = codePoints(s);
    if (!isOld(self) && ucd::isNormalized(form, cps.data(), cps.size())) {
        return newRef(s);
    }
    std::vector<uint32_t> out;
    normalizeIn(self, form, cps, out);
    return strFromCodePoints(out.data(), static_cast<ssize>(out.size()));
}

Object* ucdIsNormalized(Object* self, Args args, size_t nargs, Object* kwnames) {
    ucd::NormalForm form;
    Object* s;
    if (!normArgs("is_normalized", args, nargs, kwnames, form, s)) return nullptr;
    std::vector<uint32_t> cps = codePoints(s);
    if (!isOld(self)) return newBool(ucd::isNormalized(form, cps.data(), cps.size()));
    std::vector<uint32_t> out;
    normalizeIn(self, form, cps, out);
    return newBool(out == cps);
}

const MethodDef kUcdMethods[] = {
    {"decimal", ucdDecimal, 0,
     "decimal($self, chr, default=<unrepresentable>, /)\n--\n\n"
     "Converts a Unicode character into its equivalent decimal value.\n\n"
     "Returns the decimal value assigned to the character chr as integer.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."},
    {"digit", ucdDigit, 0,
     "digit($self, chr, default=<unrepresentable>, /)\n--\n\n"
     "Converts a Unicode character into its equivalent digit value.\n\n"
     "Returns the digit value assigned to the character chr as integer.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."},
    {"numeric", ucdNumeric, 0,
     "numeric($self, chr, default=<unrepresentable>, /)\n--\n\n"
     "Converts a Unicode character into its equivalent numeric value.\n\n"
     "Returns the numeric value assigned to the character chr as float.\n"
     "If no such value is defined, default is returned, or, if not given,\n"
     "ValueError is raised."},
    {"category", ucdCategory, 0,
     "category($self, chr, /)\n--\n\n"
     "Returns the general category assigned to the character chr as string."},
    {"bidirectional", ucdBidirectional, 0,
     "bidirectional($self, chr, /)\n--\n\n"
     "Returns the bidirectional class assigned to the character chr as string.\n\n"
     "If no such value is defined, an empty string is returned."},
    {"combining", ucdCombining, 0,
     "combining($self, chr, /)\n--\n\n"
     "Returns the canonical combining class assigned to the character chr as integer.\n\n"
     "Returns 0 if no combining class is defined."},
    {"mirrored", ucdMirrored, 0,
     "mirrored($self, chr, /)\n--\n\n"
     "Returns the mirrored property assigned to the character chr as integer.\n\n"
     "Returns 1 if the character has been identified as a \"mirrored\"\n"
     "character in bidirectional text, 0 otherwise."},
    {"east_asian_width", ucdEastAsianWidth, 0,
     "east_asian_width($self, chr, /)\n--\n\n"
     "Returns the east asian width assigned to the character chr as string."},
    {"decomposition", ucdDecomposition, 0,
     "decomposition($self, chr, /)\n--\n\n"
     "Returns the character decomposition mapping assigned to the character chr as string.\n\n"
     "An empty string is returned in case no such mapping is defined."},
    {"is_normalized", ucdIsNormalized, 0,
     "is_normalized($self, form, unistr, /)\n--\n\n"
     "Return whether the Unicode string unistr is in the normal form 'form'.\n\n"
     "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."},
    {"normalize", ucdNormalize, 0,
     "normalize($self, form, unistr, /)\n--\n\n"
     "Return the normal form 'form' for the Unicode string unistr.\n\n"
     "Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."},
    {"name", ucdName, 0,
     "name($self, chr, default=<unrepresentable>, /)\n--\n\n"
     "Returns the name assigned to the character chr as a string.\n\n"
     "If no name is defined, default is returned, or, if not given,\n"
     "ValueError is raised."},
    {"lookup", ucdLookup, 0,
     "lookup($self, name, /)\n--\n\n"
     "Look up character by name.\n\n"
     "If a character with the given name is found, return the\n"
     "corresponding character.  If not found, KeyError is raised."},
    {nullptr, nullptr, 0, nullptr},
};

Object* ucdGetVersion(Object* self, void*) {
    return strFromAscii(reinterpret_cast<UcdObject*>(self)->version);
}

const GetSetDef kUcdGetSets[] = {
    {"unidata_version", ucdGetVersion, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Type UcdType = {
    .ob = {kImmortalRefcnt, &TypeType},
    .name = "unicodedata.UCD",
    .basicSize = sizeof(UcdObject),
    .methods = kUcdMethods,
    .getsets = kUcdGetSets,
};

// The Unicode 3.2.0 database object (immutable, shared by every interpreter).
UcdObject gUcd320 = {{kImmortalRefcnt, &UcdType}, "3.2.0"};

}  // namespace

Object* createUnicodedataModule(InterpState*) {
    if (!typeReady(&UcdType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("unicodedata"));
    if (!m || !moduleAddFunctions(m.get(), kUcdMethods)) return nullptr;
    if (!moduleAddString(m.get(), "unidata_version", "14.0.0")) return nullptr;
    if (!moduleAddObject(m.get(), "UCD", newRef(asObject(&UcdType)))) return nullptr;
    if (!moduleAddObject(m.get(), "ucd_3_2_0", newRef(&gUcd320.ob))) return nullptr;
    if (!moduleAddString(m.get(), "__doc__",
                         "This module provides access to the Unicode Character Database which\n"
                         "defines character properties for all Unicode characters. The data in\n"
                         "this database is based on the UnicodeData.txt file version\n"
                         "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
                         "The module uses the same names and symbols as defined by the\n"
                         "UnicodeData File Format 14.0.0.")) {
        return nullptr;
    }
    return m.release();
}

}  // namespace krait
