// The _locale module for Krait's C locale (CPython's Modules/_localemodule.c is the model for
// names and messages): setlocale() accepts only the C locales ("C", "POSIX", "C.UTF-8",
// "C.utf8"; "" picks LC_ALL / LC_<category> / LANG from the environment), remembers one name
// per category (InterpState::localeState) and reports glibc's composite name for LC_ALL when
// they differ; localeconv(), strcoll(), strxfrm() and nl_langinfo() give the C locale's
// answers.
#include <string>
#include <string_view>

#include "core/abstract.h"
#include "core/args.h"
#include "core/errors.h"
#include "core/types.h"
#include "modules/modules.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "platform/platform.h"

namespace krait {

namespace {

using Args = Object* const*;

constexpr int kCategories = 6;   // LC_CTYPE .. LC_MESSAGES; LC_ALL is 6
constexpr int kLcAll = 6;
const char* const kCategoryNames[kCategories] = {"LC_CTYPE",    "LC_NUMERIC", "LC_TIME",
                                                 "LC_COLLATE",  "LC_MONETARY", "LC_MESSAGES"};
const char* const kGlibcExtra[] = {"LC_PAPER",     "LC_NAME",        "LC_ADDRESS",
                                   "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};

struct LocaleState {
    std::string current[kCategories] = {"C", "C", "C", "C", "C", "C"};
    Object* error = nullptr;   // owned: locale.Error
};

LocaleState* state(InterpState* interp) {
    if (!interp->localeState) interp->localeState = new LocaleState();
    return static_cast<LocaleState*>(interp->localeState);
}

std::string fromEnv(int category) {
    const char* keys[3] = {"LC_ALL", kCategoryNames[category], "LANG"};
    for (const char* k : keys) {
        const char* v = platform::getEnv(k);
        if (v && *v) return v;
    }
    return "C";
}

// The name the category gets for `locale` ("" = from the environment); false if unsupported.
bool resolve(int category, const std::string& locale, std::string* out) {
    std::string name = locale.empty() ? fromEnv(category) : locale;
    if (name != "C" && name != "POSIX" && name != "C.UTF-8" && name != "C.utf8") return false;
    *out = name == "POSIX" ? "C" : name;
    return true;
}

std::string allName(const LocaleState* st) {
    bool same = true;
    for (int c = 1; c < kCategories; c++) same = same && st->current[c] == st->current[0];
    if (same) return st->current[0];
    std::string out;
    for (int c = 0; c < kCategories; c++) {
        if (!out.empty()) out += ';';
        out += kCategoryNames[c];
        out += '=';
        out += st->current[c];
    }
    for (const char* n : kGlibcExtra) {
        out += ';';
        out += n;
        out += "=C";
    }
    return out;
}

Object* localeError(const char* msg) {
    return setError(asType(state(currentInterp())->error), "%s", msg);
}

Object* localeSetlocale(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("setlocale", kwnames) || !checkArgCount("setlocale", nargs, 1, 2))
        return nullptr;
    if (!isInt(args[0])) {
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    }
    int64_t category;
    if (!intAsInt64(args[0], &category)) return nullptr;
    Object* locale = nargs > 1 ? args[1] : nullptr;
    if (locale && !isNone(locale) && !isStr(locale)) {
        return setError(&ExcTypeError, "setlocale() argument 2 must be str or None, not %T",
                        locale);
    }
    bool query = !locale || isNone(locale);
    if (category < 0 || category > kLcAll) {
        return localeError(query ? "locale query failed" : "unsupported locale setting");
    }
    LocaleState* st = state(currentInterp());
    if (query) {
        return strFromUtf8(category == kLcAll ? allName(st).c_str()
                                              : st->current[category].c_str());
    }
    std::string name = strToStd(locale);
    if (category == kLcAll) {
        std::string names[kCategories];
        for (int c = 0; c < kCategories; c++) {
            if (!resolve(c, name, &names[c])) return localeError("unsupported locale setting");
        }
        for (int c = 0; c < kCategories; c++) st->current[c] = names[c];
        return strFromUtf8(allName(st).c_str());
    }
    std::string r;
    if (!resolve(static_cast<int>(category), name, &r))
        return localeError("unsupported locale setting");
    st->current[category] = r;
    return strFromUtf8(r.c_str());
}

bool noArgs(const char* name, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs(name, kwnames)) return false;
    if (nargs != 0) {
        setError(&ExcTypeError, "_locale.%s() takes no arguments (%d given)", name,
                 static_cast<int>(nargs));
        return false;
    }
    return true;
}

Object* localeLocaleconv(Object*, Args, size_t nargs, Object* kwnames) {
    if (!noArgs("localeconv", nargs, kwnames)) return nullptr;
    Ref<> d = Ref<>::steal(dictNew());
    if (!d) return nullptr;
    static const char* const kEmpty[] = {"int_curr_symbol",   "currency_symbol",
                                         "mon_decimal_point", "mon_thousands_sep",
                                         "positive_sign",     "negative_sign",
                                         "thousands_sep"};
    static const char* const kCharMax[] = {"int_frac_digits", "frac_digits",   "p_cs_precedes",
                                           "p_sep_by_space",  "n_cs_precedes", "n_sep_by_space",
                                           "p_sign_posn",     "n_sign_posn"};
    auto put = [&](const char* k, Object* v) {
        if (!v) return false;
        int r = dictSetItemStr(d.get(), k, v);
        decref(v);
        return r == 0;
    };
    // CPython's key order: int_curr_symbol, currency_symbol, mon_decimal_point,
    // mon_thousands_sep, mon_grouping, positive_sign, negative_sign, int_frac_digits, ...
    if (!put(kEmpty[0], strFromAscii("")) || !put(kEmpty[1], strFromAscii("")) ||
        !put(kEmpty[2], strFromAscii("")) || !put(kEmpty[3], strFromAscii("")) ||
        !put("mon_grouping", listNew(0)) || !put(kEmpty[4], strFromAscii("")) ||
        !put(kEmpty[5], strFromAscii("")))
        return nullptr;
    for (const char* k : kCharMax) {
        if (!put(k, intFromInt64(127))) return nullptr;
    }
    if (!put("decimal_point", strFromAscii(".")) || !put(kEmpty[6], strFromAscii("")) ||
        !put("grouping", listNew(0)))
        return nullptr;
    return d.release();
}

Object* localeStrcoll(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("strcoll", kwnames) || !checkArgCount("strcoll", nargs, 2, 2))
        return nullptr;
    for (int i = 0; i < 2; i++) {
        if (!isStr(args[i])) {
            return setError(&ExcTypeError, "strcoll() argument %d must be str, not %T", i + 1,
                            args[i]);
        }
        if (strView(args[i]).find('\0') != std::string_view::npos)
            return setError(&ExcValueError, "embedded null character");
    }
    return intFromInt64(strCompare(args[0], args[1]));
}

Object* localeStrxfrm(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("strxfrm", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError, "_locale.strxfrm() takes exactly one argument (%d given)",
                        static_cast<int>(nargs));
    }
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "strxfrm() argument must be str, not %T", args[0]);
    }
    if (strView(args[0]).find('\0') != std::string_view::npos)
        return setError(&ExcValueError, "embedded null character");
    return newRef(args[0]);
}

Object* localeGetencoding(Object*, Args, size_t nargs, Object* kwnames) {
    if (!noArgs("getencoding", nargs, kwnames)) return nullptr;
    return strFromAscii("UTF-8");
}

Object* localeNlLanginfo(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("nl_langinfo", kwnames)) return nullptr;
    if (nargs != 1) {
        return setError(&ExcTypeError,
                        "_locale.nl_langinfo() takes exactly one argument (%d given)",
                        static_cast<int>(nargs));
    }
    if (!isInt(args[0])) {
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    }
    return strFromAscii("");
}

const MethodDef kLocaleFunctions[] = {
    {"setlocale", localeSetlocale, 0,
     "setlocale($module, category, locale=<unrepresentable>, /)\n--\n\nActivates/queries "
     "locale processing."},
    {"localeconv", localeLocaleconv, 0,
     "localeconv($module, /)\n--\n\nReturns numeric and monetary locale-specific parameters."},
    {"strcoll", localeStrcoll, 0,
     "strcoll($module, os1, os2, /)\n--\n\nCompares two strings according to the locale."},
    {"strxfrm", localeStrxfrm, 0,
     "strxfrm($module, string, /)\n--\n\nReturn a string that can be used as a key for "
     "locale-aware comparisons."},
    {"getencoding", localeGetencoding, 0,
     "getencoding($module, /)\n--\n\nGet the current locale encoding."},
    {"nl_langinfo", localeNlLanginfo, 0,
     "nl_langinfo($module, key, /)\n--\n\nReturn the value for the locale information "
     "associated with key."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* createLocaleModule(InterpState* interp) {
    Ref<> m = Ref<>::steal(moduleNew("_locale"));
    if (!m || !moduleAddFunctions(m.get(), kLocaleFunctions)) return nullptr;
    if (!moduleAddString(m.get(), "__doc__", "Support for POSIX locales.")) return nullptr;
    static const struct {
        const char* name;
        int value;
    } kConstants[] = {{"CHAR_MAX", 127},   {"LC_CTYPE", 0},    {"LC_NUMERIC", 1},
                      {"LC_TIME", 2},      {"LC_COLLATE", 3},  {"LC_MONETARY", 4},
                      {"LC_MESSAGES", 5},  {"LC_ALL", 6},      {"CODESET", 14}};
    for (const auto& c : kConstants) {
        if (!moduleAddInt(m.get(), c.name, c.value)) return nullptr;
    }
    LocaleState* st = state(interp);
    if (!st->error) {
        Ref<> name = Ref<>::steal(strFromAscii("Error"));
        Ref<> bases = Ref<>::steal(tuplePack({asObject(&ExcException)}));
        Ref<> ns = Ref<>::steal(dictNew());
        Ref<> modName = Ref<>::steal(strFromAscii("locale"));
        if (!name || !bases || !ns || !modName) return nullptr;
        if (dictSetItemStr(ns.get(), "__module__", modName.get()) < 0) return nullptr;
        st->error = newClass(&TypeType, name.get(), bases.get(), ns.get(), nullptr);
        if (!st->error) return nullptr;
        // As CPython at start-up: LC_CTYPE follows the environment when it names a C locale.
        std::string ctype;
        if (resolve(0, "", &ctype)) st->current[0] = ctype;
    }
    if (!moduleAddObject(m.get(), "Error", newRef(st->error))) return nullptr;
    return m.release();
}

}  // namespace krait
