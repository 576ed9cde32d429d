// The time module: clocks, sleep, struct_time, gmtime/localtime/mktime, strftime/strptime
// (C locale), asctime/ctime, the time zone constants and get_clock_info, as CPython 3.11 on
// Linux. gmtime and the calendar arithmetic are computed here (proleptic Gregorian calendar,
// 64-bit everywhere); local time goes through platform/platform.h.
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/abstract.h"
#include "core/args.h"
#include "core/args_kw.h"
#include "core/errors.h"
#include "core/gil.h"
#include "core/runtime.h"
#include "modules/modules.h"
#include "modules/signal_module.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/structseq.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "platform/platform.h"

namespace krait {

extern StructSeqType StructTimeType;

namespace {

using Args = Object* const*;

#define KRAIT_CLOCK_FN(fname, expr)                                                 \
    Object* fname(Object*, Args, size_t nargs, Object* kwnames) {                   \
        if (!checkNoKwargs(#fname, kwnames) || !checkArgCount(#fname, nargs, 0, 0)) \
            return nullptr;                                                         \
        return expr;                                                                \
    }

KRAIT_CLOCK_FN(timeTime, floatFromDouble(platform::wallTime()))
KRAIT_CLOCK_FN(timeTimeNs, intFromInt64(platform::wallTimeNs()))
KRAIT_CLOCK_FN(timePerfCounter, floatFromDouble(platform::perfCounter()))
KRAIT_CLOCK_FN(timePerfCounterNs, intFromInt64(platform::perfCounterNs()))
KRAIT_CLOCK_FN(timeMonotonic, floatFromDouble(platform::monotonicTime()))
KRAIT_CLOCK_FN(timeMonotonicNs, intFromInt64(platform::monotonicTimeNs()))
KRAIT_CLOCK_FN(timeProcessTime, floatFromDouble(platform::processTime()))
KRAIT_CLOCK_FN(timeProcessTimeNs, intFromInt64(platform::processTimeNs()))

#undef KRAIT_CLOCK_FN

Object* timeSleep(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("sleep", kwnames) || !checkArgCount("sleep", nargs, 1, 1)) return nullptr;
    Object* x = args[0];
    if (!isInt(x) && !isFloat(x)) {
        return setError(&ExcTypeError, "'%T' object cannot be interpreted as an integer", x);
    }
    double secs = asDouble(x);
    if (secs == -1.0 && errOccurred()) return nullptr;
    if (std::isnan(secs)) return setError(&ExcValueError, "Invalid value NaN (not a number)");
    if (secs < 0) return setError(&ExcValueError, "sleep length must be non-negative");
    // Sleep in slices so Ctrl-C (the eval breaker flag) interrupts promptly.
    InterpState* interp = currentInterp();
    double deadline = platform::monotonicTime() + secs;
    for (;;) {
        double left = deadline - platform::monotonicTime();
        if (left <= 0) break;
        {
            AllowThreads allow;
            platform::sleepSeconds(left < 0.05 ? left : 0.05);
        }
        if (signalsPending(interp) && !checkSignals()) return nullptr;
    }
    return newNone();
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic (days since 1970-01-01 <-> proleptic Gregorian dates).

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
int64_t floorMod(int64_t a, int64_t b) { return a - floorDiv(a, b) * b; }

int64_t daysFromCivil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = floorDiv(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(int64_t z, int64_t* y, int* m, int* d) {
    z += 719468;
    int64_t era = floorDiv(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    *m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

bool isLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// A broken-down time in Python's conventions (see platform::CalendarTime), with a 64-bit year
// and an optional zone (tm_zone / tm_gmtoff are None when absent).
struct Tm {
    int64_t year = 1900;
    int mon = 1, mday = 1, hour = 0, min = 0, sec = 0, wday = 0, yday = 1, isdst = 0;
    bool hasZone = false;
    std::string zone;
    int64_t gmtoff = 0;
    bool hasGmtoff = false;
};

bool gmtimeOf(int64_t t, Tm* out) {
    int64_t days = floorDiv(t, 86400);
    int64_t rem = t - days * 86400;
    int64_t y;
    int m, d;
    civilFromDays(days, &y, &m, &d);
    if (y - 1900 > INT32_MAX || y - 1900 < INT32_MIN) {
        setErrorFromErrno(&ExcOSError, EOVERFLOW);
        return false;
    }
    out->year = y;
    out->mon = m;
    out->mday = d;
    out->hour = static_cast<int>(rem / 3600);
    out->min = static_cast<int>(rem / 60 % 60);
    out->sec = static_cast<int>(rem % 60);
    out->wday = static_cast<int>(floorMod(days + 3, 7));
    out->yday = static_cast<int>(days - daysFromCivil(y, 1, 1) + 1);
    out->isdst = 0;
    out->hasZone = out->hasGmtoff = true;
    out->zone = "GMT";
    out->gmtoff = 0;
    return true;
}

bool localtimeOf(int64_t t, Tm* out) {
    platform::CalendarTime ct;
    int err = 0;
    if (!platform::localCalendarTime(t, &ct, &err)) {
        setErrorFromErrno(&ExcOSError, err);
        return false;
    }
    out->year = ct.year;
    out->mon = ct.month;
    out->mday = ct.mday;
    out->hour = ct.hour;
    out->min = ct.minute;
    out->sec = ct.second;
    out->wday = ct.wday;
    out->yday = ct.yday;
    out->isdst = ct.isdst;
    out->hasZone = out->hasGmtoff = true;
    out->zone = ct.zone;
    out->gmtoff = ct.gmtoff;
    return true;
}

// ---------------------------------------------------------------------------------------------
// struct_time: a struct sequence (objects/structseq.h) of 9 items with two hidden fields
// (tm_zone, tm_gmtoff; None when unknown).

constexpr ssize kSeqFields = 9;

const MemberDef kStructTimeMembers[] = {
    KRAIT_STRUCTSEQ_FIELD(0, "tm_year", "year, for example, 1993"),
    KRAIT_STRUCTSEQ_FIELD(1, "tm_mon", "month of year, range [1, 12]"),
    KRAIT_STRUCTSEQ_FIELD(2, "tm_mday", "day of month, range [1, 31]"),
    KRAIT_STRUCTSEQ_FIELD(3, "tm_hour", "hours, range [0, 23]"),
    KRAIT_STRUCTSEQ_FIELD(4, "tm_min", "minutes, range [0, 59]"),
    KRAIT_STRUCTSEQ_FIELD(5, "tm_sec", "seconds, range [0, 61])"),
    KRAIT_STRUCTSEQ_FIELD(6, "tm_wday", "day of week, range [0, 6], Monday is 0"),
    KRAIT_STRUCTSEQ_FIELD(7, "tm_yday", "day of year, range [1, 366]"),
    KRAIT_STRUCTSEQ_FIELD(8, "tm_isdst",
                          "1 if summer time is in effect, 0 if not, and -1 if unknown"),
    KRAIT_STRUCTSEQ_FIELD(9, "tm_zone", "abbreviation of timezone name"),
    KRAIT_STRUCTSEQ_FIELD(10, "tm_gmtoff", "offset from UTC in seconds"),
    KRAIT_STRUCTSEQ_END,
};

Object* structTimeFromTm(const Tm& tm) {
    return structSeqMake(
        &StructTimeType,
        {intFromInt64(tm.year), intFromInt64(tm.mon), intFromInt64(tm.mday),
         intFromInt64(tm.hour), intFromInt64(tm.min), intFromInt64(tm.sec),
         intFromInt64(tm.wday), intFromInt64(tm.yday), intFromInt64(tm.isdst),
         tm.hasZone ? strFromUtf8(tm.zone) : newNone(),
         tm.hasGmtoff ? intFromInt64(tm.gmtoff) : newNone()});
}

// ---------------------------------------------------------------------------------------------
// Argument conversion.

// A timestamp argument (int or float; None/absent = now) rounded toward minus infinity.
bool timestampArg(Object* o, int64_t* out) {
    if (!o || isNone(o)) {
        *out = floorDiv(platform::wallTimeNs(), 1000000000);
        return true;
    }
    if (isFloat(o)) {
        double d = floatValue(o);
        if (std::isnan(d)) {
            setError(&ExcValueError, "Invalid value NaN (not a number)");
            return false;
        }
        d = std::floor(d);
        if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) {
            setError(&ExcOverflowError, "timestamp out of range for platform time_t");
            return false;
        }
        *out = static_cast<int64_t>(d);
        return true;
    }
    Ref<> i = Ref<>::steal(numberIndex(o));
    if (!i) return false;
    if (!intAsInt64(i.get(), out)) {
        clearError();
        setError(&ExcOverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    return true;
}

// gettmarg(): a 9-tuple or struct_time into tm (month/yday/wday kept in Python's numbering,
// wday normalized with Python's modulo as CPython does).
bool tupleArg(const char* fname, Object* o, Tm* tm) {
    if (!isTuple(o)) {
        setError(&ExcTypeError, "Tuple or struct_time argument required");
        return false;
    }
    if (tupleSize(o) != kSeqFields) {
        setError(&ExcTypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int64_t v[kSeqFields];
    for (ssize i = 0; i < kSeqFields; i++) {
        Object* item = tupleItem(o, i);
        if (isFloat(item)) {
            setError(&ExcTypeError, "'float' object cannot be interpreted as an integer");
            return false;
        }
        Ref<> idx = Ref<>::steal(numberIndex(item));
        if (!idx) return false;
        if (!intAsInt64(idx.get(), &v[i])) return false;
        if (i > 0 && (v[i] > INT32_MAX || v[i] < INT32_MIN)) {
            setError(&ExcOverflowError, "signed integer is greater than maximum");
            return false;
        }
    }
    tm->year = v[0];
    tm->mon = static_cast<int>(v[1]);
    tm->mday = static_cast<int>(v[2]);
    tm->hour = static_cast<int>(v[3]);
    tm->min = static_cast<int>(v[4]);
    tm->sec = static_cast<int>(v[5]);
    tm->wday = static_cast<int>(floorMod(v[6], 7));  // as CPython's (wday + 1) % 7 for C
    tm->yday = static_cast<int>(v[7]);
    tm->isdst = static_cast<int>(v[8]);
    tm->hasZone = tm->hasGmtoff = false;
    if (o->type == &StructTimeType.type) {
        Object* zone = structSeqItem(o, kSeqFields);
        Object* gmtoff = structSeqItem(o, kSeqFields + 1);
        if (zone && isStr(zone)) {
            tm->hasZone = true;
            tm->zone = strToStd(zone);
        }
        if (gmtoff && !isNone(gmtoff)) {
            int64_t g;
            if (!isInt(gmtoff) || !intAsInt64(gmtoff, &g)) {
                clearError();
            } else {
                tm->hasGmtoff = true;
                tm->gmtoff = g;
            }
        }
    }
    return true;
}

// checktm(): CPython's range checks (messages included).
bool checkTm(const Tm& tm) {
    const char* msg = nullptr;
    if (tm.mon < 1 || tm.mon > 12)
        msg = "month out of range";
    else if (tm.mday < 1 || tm.mday > 31)
        msg = "day of month out of range";
    else if (tm.hour < 0 || tm.hour > 23)
        msg = "hour out of range";
    else if (tm.min < 0 || tm.min > 59)
        msg = "minute out of range";
    else if (tm.sec < 0 || tm.sec > 61)
        msg = "seconds out of range";
    else if (tm.yday < 1 || tm.yday > 366)
        msg = "day of year out of range";
    if (msg) {
        setError(&ExcValueError, "%s", msg);
        return false;
    }
    return true;
}

// The time tuple argument of strftime/asctime, or the current local time when absent.
bool tmArgOrNow(const char* fname, Object* o, Tm* tm) {
    if (!o) {
        int64_t now = floorDiv(platform::wallTimeNs(), 1000000000);
        return localtimeOf(now, tm);
    }
    return tupleArg(fname, o, tm);
}

// ---------------------------------------------------------------------------------------------
// gmtime, localtime, mktime, asctime, ctime

Object* timeGmtime(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("gmtime", kwnames) || !checkArgCount("gmtime", nargs, 0, 1)) return nullptr;
    int64_t t;
    if (!timestampArg(nargs ? args[0] : nullptr, &t)) return nullptr;
    Tm tm;
    if (!gmtimeOf(t, &tm)) return nullptr;
    return structTimeFromTm(tm);
}

Object* timeLocaltime(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("localtime", kwnames) || !checkArgCount("localtime", nargs, 0, 1))
        return nullptr;
    int64_t t;
    if (!timestampArg(nargs ? args[0] : nullptr, &t)) return nullptr;
    Tm tm;
    if (!localtimeOf(t, &tm)) return nullptr;
    return structTimeFromTm(tm);
}

Object* timeMktime(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("mktime", kwnames) || !checkArgCount("mktime", nargs, 1, 1)) return nullptr;
    Tm tm;
    if (!tupleArg("mktime", args[0], &tm)) return nullptr;
    platform::CalendarTime ct;
    if (tm.year > INT32_MAX || tm.year < INT32_MIN + 1900) {
        return setError(&ExcOverflowError, "mktime argument out of range");
    }
    ct.year = static_cast<int>(tm.year);
    ct.month = tm.mon;
    ct.mday = tm.mday;
    ct.hour = tm.hour;
    ct.minute = tm.min;
    ct.second = tm.sec;
    ct.isdst = tm.isdst;
    int64_t r;
    if (!platform::makeLocalTime(ct, &r))
        return setError(&ExcOverflowError, "mktime argument out of range");
    return floatFromDouble(static_cast<double>(r));
}

const char* const kDayAbbr[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char* const kDayFull[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                "Friday", "Saturday", "Sunday"};
const char* const kMonAbbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kMonFull[] = {"January",   "February", "March",    "April",
                                "May",       "June",     "July",     "August",
                                "September", "October",  "November", "December"};

Object* formatAsctime(const Tm& tm) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%s %s%3d %.2d:%.2d:%.2d %lld", kDayAbbr[tm.wday],
                  kMonAbbr[tm.mon - 1], tm.mday, tm.hour, tm.min, tm.sec,
                  static_cast<long long>(tm.year));
    return strFromAscii(buf);
}

Object* timeAsctime(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("asctime", kwnames) || !checkArgCount("asctime", nargs, 0, 1))
        return nullptr;
    Tm tm;
    if (!tmArgOrNow("asctime", nargs ? args[0] : nullptr, &tm)) return nullptr;
    if (nargs && !checkTm(tm)) return nullptr;
    return formatAsctime(tm);
}

Object* timeCtime(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("ctime", kwnames) || !checkArgCount("ctime", nargs, 0, 1)) return nullptr;
    int64_t t;
    if (!timestampArg(nargs ? args[0] : nullptr, &t)) return nullptr;
    Tm tm;
    if (!localtimeOf(t, &tm)) return nullptr;
    return formatAsctime(tm);
}

// ---------------------------------------------------------------------------------------------
// strftime (glibc's C locale behaviour, incl. the GNU flags - _ 0 ^ # and E/O modifiers).

void zoneNames(std::string* stdName, std::string* dstName) {
    int64_t tz, alt;
    int daylight;
    platform::localTimeZone(&tz, &alt, &daylight, stdName, dstName);
}

// ISO 8601 week-based year and week number.
void isoWeek(const Tm& tm, int64_t* isoYear, int* week) {
    int wdayMon = tm.wday;  // 0 = Monday
    int yday0 = tm.yday - 1;
    // Thursday of this week decides the ISO year.
    int64_t y = tm.year;
    int64_t thursdayYday = yday0 - wdayMon + 3;
    int daysInYear = isLeap(y) ? 366 : 365;
    if (thursdayYday < 0) {
        y--;
        thursdayYday += isLeap(y) ? 366 : 365;
    } else if (thursdayYday >= daysInYear) {
        thursdayYday -= daysInYear;
        y++;
    }
    *isoYear = y;
    *week = static_cast<int>(thursdayYday / 7 + 1);
}

void appendNum(std::string* out, int64_t v, int width, char pad, char flag) {
    if (flag == '-')
        pad = 0;
    else if (flag == '_')
        pad = ' ';
    else if (flag == '0')
        pad = '0';
    std::string digits = std::to_string(v < 0 ? -v : v);
    if (v < 0) out->push_back('-');
    if (pad) {
        for (int i = static_cast<int>(digits.size()); i < width; i++) out->push_back(pad);
    }
    out->append(digits);
}

void appendText(std::string* out, const std::string& s, char flag, bool swapCase) {
    for (char c : s) {
        if (flag == '^' && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        else if (swapCase && flag == '#' && c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        else if (flag == '#' && !swapCase && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        out->push_back(c);
    }
}

bool formatTm(const std::string& fmt, const Tm& tm, std::string* out);

bool formatDirective(char c, char flag, int width, const Tm& tm, std::string* out) {
    int sunWday = (tm.wday + 1) % 7;
    auto num = [&](int64_t v, int w, char pad) {
        appendNum(out, v, width > 0 ? width : w, pad, flag);
    };
    switch (c) {
        case 'a': appendText(out, kDayAbbr[tm.wday], flag, false); return true;
        case 'A': appendText(out, kDayFull[tm.wday], flag, false); return true;
        case 'b':
        case 'h': appendText(out, kMonAbbr[tm.mon - 1], flag, false); return true;
        case 'B': appendText(out, kMonFull[tm.mon - 1], flag, false); return true;
        case 'c': return formatTm("%a %b %e %H:%M:%S %Y", tm, out);
        case 'C': num(floorDiv(tm.year, 100), 2, '0'); return true;
        case 'd': num(tm.mday, 2, '0'); return true;
        case 'D': return formatTm("%m/%d/%y", tm, out);
        case 'e': num(tm.mday, 2, ' '); return true;
        case 'F': return formatTm("%Y-%m-%d", tm, out);
        case 'G': {
            int64_t y;
            int w;
            isoWeek(tm, &y, &w);
            num(y, 1, '0');
            return true;
        }
        case 'g': {
            int64_t y;
            int w;
            isoWeek(tm, &y, &w);
            num(floorMod(y, 100), 2, '0');
            return true;
        }
        case 'H': num(tm.hour, 2, '0'); return true;
        case 'I': num(tm.hour % 12 == 0 ? 12 : tm.hour % 12, 2, '0'); return true;
        case 'j': num(tm.yday, 3, '0'); return true;
        case 'k': num(tm.hour, 2, ' '); return true;
        case 'l': num(tm.hour % 12 == 0 ? 12 : tm.hour % 12, 2, ' '); return true;
        case 'm': num(tm.mon, 2, '0'); return true;
        case 'M': num(tm.min, 2, '0'); return true;
        case 'n': out->push_back('\n'); return true;
        case 'p': appendText(out, tm.hour < 12 ? "AM" : "PM", flag, true); return true;
        case 'P': appendText(out, tm.hour < 12 ? "am" : "pm", flag, false); return true;
        case 'r': return formatTm("%I:%M:%S %p", tm, out);
        case 'R': return formatTm("%H:%M", tm, out);
        case 's': {
            platform::CalendarTime ct;
            ct.year = static_cast<int>(tm.year);
            ct.month = tm.mon;
            ct.mday = tm.mday;
            ct.hour = tm.hour;
            ct.minute = tm.min;
            ct.second = tm.sec;
            ct.isdst = tm.isdst;
            int64_t r = 0;
            platform::makeLocalTime(ct, &r);
            num(r, 1, '0');
            return true;
        }
        case 'S': num(tm.sec, 2, '0'); return true;
        case 't': out->push_back('\t'); return true;
        case 'T': return formatTm("%H:%M:%S", tm, out);
        case 'u': num(tm.wday + 1, 1, '0'); return true;
        case 'U': num((tm.yday - 1 + 7 - sunWday) / 7, 2, '0'); return true;
        case 'V': {
            int64_t y;
            int w;
            isoWeek(tm, &y, &w);
            num(w, 2, '0');
            return true;
        }
        case 'w': num(sunWday, 1, '0'); return true;
        case 'W': num((tm.yday - 1 + 7 - tm.wday) / 7, 2, '0'); return true;
        case 'x': return formatTm("%m/%d/%y", tm, out);
        case 'X': return formatTm("%H:%M:%S", tm, out);
        case 'y': num(floorMod(tm.year, 100), 2, '0'); return true;
        case 'Y': num(tm.year, 1, '0'); return true;
        case 'z': {
            int64_t off = tm.hasGmtoff ? tm.gmtoff : 0;
            out->push_back(off < 0 ? '-' : '+');
            if (off < 0) off = -off;
            appendNum(out, off / 3600, 2, '0', 0);
            appendNum(out, off / 60 % 60, 2, '0', 0);
            return true;
        }
        case 'Z': {
            std::string z;
            if (tm.hasZone) {
                z = tm.zone;
            } else {
                std::string s, d;
                zoneNames(&s, &d);
                z = tm.isdst > 0 ? d : s;
            }
            appendText(out, z, flag, true);
            return true;
        }
        case '%': out->push_back('%'); return true;
        default: return false;
    }
}

bool formatTm(const std::string& fmt, const Tm& tm, std::string* out) {
    size_t i = 0;
    while (i < fmt.size()) {
        char c = fmt[i];
        if (c != '%' || i + 1 >= fmt.size()) {
            out->push_back(c);
            i++;
            continue;
        }
        size_t start = i++;
        char flag = 0;
        while (i < fmt.size() && (fmt[i] == '-' || fmt[i] == '_' || fmt[i] == '0' ||
                                  fmt[i] == '^' || fmt[i] == '#')) {
            flag = fmt[i++];
        }
        int width = 0;
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9')
            width = width * 10 + (fmt[i++] - '0');
        if (i < fmt.size() && (fmt[i] == 'E' || fmt[i] == 'O')) i++;
        if (i >= fmt.size() || !formatDirective(fmt[i], flag, width, tm, out)) {
            // Unknown conversions are copied as they are.
            size_t end = i < fmt.size() ? i + 1 : i;
            out->append(fmt, start, end - start);
            i = end;
            continue;
        }
        i++;
    }
    return true;
}

Object* timeStrftime(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("strftime", kwnames) || !checkArgCount("strftime", nargs, 1, 2))
        return nullptr;
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "strftime() argument 1 must be str, not %T", args[0]);
    }
    Tm tm;
    if (!tmArgOrNow("strftime", nargs == 2 ? args[1] : nullptr, &tm)) return nullptr;
    if (nargs == 2) {
        // CPython's normalization of zero fields before checktm().
        if (tm.mon == 0) tm.mon = 1;
        if (tm.mday == 0) tm.mday = 1;
        if (tm.yday == 0) tm.yday = 1;
        if (tm.isdst < -1) tm.isdst = -1;
        if (tm.isdst > 1) tm.isdst = 1;
        if (!checkTm(tm)) return nullptr;
    }
    std::string fmt = strToStd(args[0]);
    if (fmt.find('\0') != std::string::npos)
        return setError(&ExcValueError, "embedded null character");
    std::string out;
    formatTm(fmt, tm, &out);
    return strFromUtf8(out);
}

// ---------------------------------------------------------------------------------------------
// strptime (the directives of _strptime in the C locale; no regex backtracking between
// adjacent numeric fields).

struct Scanner {
    std::string_view s;
    size_t pos = 0;
    bool atEnd() const { return pos >= s.size(); }
};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool scanNum(Scanner* sc, int minDigits, int maxDigits, int64_t lo, int64_t hi, int64_t* out) {
    size_t start = sc->pos;
    int64_t v = 0;
    int n = 0;
    while (n < maxDigits && !sc->atEnd() && sc->s[sc->pos] >= '0' && sc->s[sc->pos] <= '9') {
        v = v * 10 + (sc->s[sc->pos] - '0');
        sc->pos++;
        n++;
    }
    // Give back digits while the value is out of range (a poor man's regex alternation).
    while (n > minDigits && v > hi) {
        v /= 10;
        sc->pos--;
        n--;
    }
    if (n < minDigits || v < lo || v > hi) {
        sc->pos = start;
        return false;
    }
    *out = v;
    return true;
}

// Matches one of names (longest first as the regex alternation sorted by length), ignoring
// case; *index receives its position.
bool scanName(Scanner* sc, const char* const* names, int count, int* index) {
    int best = -1;
    size_t bestLen = 0;
    for (int i = 0; i < count; i++) {
        size_t len = std::strlen(names[i]);
        if (len <= bestLen || sc->pos + len > sc->s.size()) continue;
        bool ok = true;
        for (size_t k = 0; k < len && ok; k++) ok = lower(sc->s[sc->pos + k]) == lower(names[i][k]);
        if (ok) {
            best = i;
            bestLen = len;
        }
    }
    if (best < 0) return false;
    sc->pos += bestLen;
    *index = best;
    return true;
}

struct Parsed {
    int64_t year = 1900;
    int mon = 1, mday = 1, hour = 0, min = 0, sec = 0;
    int wday = -1, yday = -1, isdst = -1;
    int ampm = -1;  // 0 AM, 1 PM
    bool hour12 = false;
    bool hasGmtoff = false;
    int64_t gmtoff = 0;
    bool hasZone = false;
    std::string zone;
    int64_t weekOfYear = -1;
    bool weekStartsMonday = false;
    bool hasIsoYear = false, hasIsoWeek = false;
    int64_t isoYear = 0, isoWeek = 0;
};

enum class ScanResult { Ok, NoMatch, BadDirective };

ScanResult scanFormat(std::string_view fmt, Scanner* sc, Parsed* p, std::string* badDirective);

ScanResult scanDirective(char c, Scanner* sc, Parsed* p, std::string* bad) {
    int64_t v;
    int idx;
    switch (c) {
        case 'Y':
            if (!scanNum(sc, 4, 4, 0, 9999, &v)) return ScanResult::NoMatch;
            p->year = v;
            return ScanResult::Ok;
        case 'y':
            if (!scanNum(sc, 2, 2, 0, 99, &v)) return ScanResult::NoMatch;
            p->year = v < 69 ? 2000 + v : 1900 + v;
            return ScanResult::Ok;
        case 'm':
            if (!scanNum(sc, 1, 2, 1, 12, &v)) return ScanResult::NoMatch;
            p->mon = static_cast<int>(v);
            return ScanResult::Ok;
        case 'd':
        case 'e':
            if (!sc->atEnd() && sc->s[sc->pos] == ' ') sc->pos++;
            if (!scanNum(sc, 1, 2, 1, 31, &v)) return ScanResult::NoMatch;
            p->mday = static_cast<int>(v);
            return ScanResult::Ok;
        case 'H':
            if (!scanNum(sc, 1, 2, 0, 23, &v)) return ScanResult::NoMatch;
            p->hour = static_cast<int>(v);
            p->hour12 = false;
            return ScanResult::Ok;
        case 'I':
            if (!scanNum(sc, 1, 2, 1, 12, &v)) return ScanResult::NoMatch;
            p->hour = static_cast<int>(v);
            p->hour12 = true;
            return ScanResult::Ok;
        case 'M':
            if (!scanNum(sc, 1, 2, 0, 59, &v)) return ScanResult::NoMatch;
            p->min = static_cast<int>(v);
            return ScanResult::Ok;
        case 'S':
            if (!scanNum(sc, 1, 2, 0, 61, &v)) return ScanResult::NoMatch;
            p->sec = static_cast<int>(v);
            return ScanResult::Ok;
        case 'f':
            if (!scanNum(sc, 1, 6, 0, 999999, &v)) return ScanResult::NoMatch;
            return ScanResult::Ok;
        case 'j':
            if (!scanNum(sc, 1, 3, 1, 366, &v)) return ScanResult::NoMatch;
            p->yday = static_cast<int>(v);
            return ScanResult::Ok;
        case 'a':
        case 'A': {
            const char* names[14];
            for (int i = 0; i < 7; i++) {
                names[i] = kDayFull[i];
                names[i + 7] = kDayAbbr[i];
            }
            if (!scanName(sc, names, 14, &idx)) return ScanResult::NoMatch;
            p->wday = idx % 7;
            return ScanResult::Ok;
        }
        case 'b':
        case 'B':
        case 'h': {
            const char* names[24];
            for (int i = 0; i < 12; i++) {
                names[i] = kMonFull[i];
                names[i + 12] = kMonAbbr[i];
            }
            if (!scanName(sc, names, 24, &idx)) return ScanResult::NoMatch;
            p->mon = idx % 12 + 1;
            return ScanResult::Ok;
        }
        case 'p': {
            static const char* const names[] = {"am", "pm"};
            if (!scanName(sc, names, 2, &idx)) return ScanResult::NoMatch;
            p->ampm = idx;
            return ScanResult::Ok;
        }
        case 'w':
            if (!scanNum(sc, 1, 1, 0, 6, &v)) return ScanResult::NoMatch;
            p->wday = static_cast<int>((v + 6) % 7);
            return ScanResult::Ok;
        case 'u':
            if (!scanNum(sc, 1, 1, 1, 7, &v)) return ScanResult::NoMatch;
            p->wday = static_cast<int>(v - 1);
            return ScanResult::Ok;
        case 'U':
        case 'W':
            if (!scanNum(sc, 1, 2, 0, 53, &v)) return ScanResult::NoMatch;
            p->weekOfYear = v;
            p->weekStartsMonday = c == 'W';
            return ScanResult::Ok;
        case 'G':
            if (!scanNum(sc, 4, 4, 0, 9999, &v)) return ScanResult::NoMatch;
            p->hasIsoYear = true;
            p->isoYear = v;
            return ScanResult::Ok;
        case 'V':
            if (!scanNum(sc, 1, 2, 1, 53, &v)) return ScanResult::NoMatch;
            p->hasIsoWeek = true;
            p->isoWeek = v;
            return ScanResult::Ok;
        case 'z': {
            if (!sc->atEnd() && (sc->s[sc->pos] == 'Z' || sc->s[sc->pos] == 'z')) {
                sc->pos++;
                p->hasGmtoff = true;
                p->gmtoff = 0;
                return ScanResult::Ok;
            }
            if (sc->atEnd() || (sc->s[sc->pos] != '+' && sc->s[sc->pos] != '-'))
                return ScanResult::NoMatch;
            int sign = sc->s[sc->pos] == '-' ? -1 : 1;
            size_t start = sc->pos++;
            int64_t hh, mm, ss = 0;
            if (!scanNum(sc, 2, 2, 0, 99, &hh)) {
                sc->pos = start;
                return ScanResult::NoMatch;
            }
            bool colon = !sc->atEnd() && sc->s[sc->pos] == ':';
            if (colon) sc->pos++;
            if (!scanNum(sc, 2, 2, 0, 59, &mm)) {
                sc->pos = start;
                return ScanResult::NoMatch;
            }
            if (!sc->atEnd() && (!colon || sc->s[sc->pos] == ':')) {
                size_t save = sc->pos;
                if (colon) sc->pos++;
                if (!scanNum(sc, 2, 2, 0, 59, &ss)) {
                    sc->pos = save;
                    ss = 0;
                }
            }
            p->hasGmtoff = true;
            p->gmtoff = sign * (hh * 3600 + mm * 60 + ss);
            return ScanResult::Ok;
        }
        case 'Z': {
            std::string s, d;
            zoneNames(&s, &d);
            std::string ls, ld;
            for (char ch : s) ls += lower(ch);
            for (char ch : d) ld += lower(ch);
            const char* names[4] = {"utc", "gmt", ls.c_str(), ld.c_str()};
            if (!scanName(sc, names, 4, &idx)) return ScanResult::NoMatch;
            p->isdst = idx == 3 && ld != ls ? 1 : 0;
            return ScanResult::Ok;
        }
        case 'c': return scanFormat("%a %b %d %H:%M:%S %Y", sc, p, bad);
        case 'x': return scanFormat("%m/%d/%y", sc, p, bad);
        case 'X': return scanFormat("%H:%M:%S", sc, p, bad);
        case 'D': return scanFormat("%m/%d/%y", sc, p, bad);
        case 'T': return scanFormat("%H:%M:%S", sc, p, bad);
        case 'R': return scanFormat("%H:%M", sc, p, bad);
        case 'F': return scanFormat("%Y-%m-%d", sc, p, bad);
        case '%':
            if (sc->atEnd() || sc->s[sc->pos] != '%') return ScanResult::NoMatch;
            sc->pos++;
            return ScanResult::Ok;
        default: *bad = std::string(1, c); return ScanResult::BadDirective;
    }
}

ScanResult scanFormat(std::string_view fmt, Scanner* sc, Parsed* p, std::string* bad) {
    size_t i = 0;
    while (i < fmt.size()) {
        char c = fmt[i];
        if (isSpace(c)) {
            while (i < fmt.size() && isSpace(fmt[i])) i++;
            size_t start = sc->pos;
            while (!sc->atEnd() && isSpace(sc->s[sc->pos])) sc->pos++;
            if (sc->pos == start) return ScanResult::NoMatch;
            continue;
        }
        if (c == '%') {
            if (i + 1 >= fmt.size()) {
                *bad = "%";
                return ScanResult::BadDirective;
            }
            ScanResult r = scanDirective(fmt[i + 1], sc, p, bad);
            if (r != ScanResult::Ok) return r;
            i += 2;
            continue;
        }
        if (sc->atEnd() || lower(sc->s[sc->pos]) != lower(c)) return ScanResult::NoMatch;
        sc->pos++;
        i++;
    }
    return ScanResult::Ok;
}

Object* timeStrptime(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("strptime", kwnames) || !checkArgCount("strptime", nargs, 1, 2))
        return nullptr;
    Object* data = args[0];
    Ref<> fmtObj =
        nargs == 2 ? Ref<>::borrow(args[1]) : Ref<>::steal(strFromAscii("%a %b %d %H:%M:%S %Y"));
    if (!fmtObj) return nullptr;
    if (!isStr(data)) {
        return setError(&ExcTypeError, "strptime() argument 0 must be str, not %R",
                        asObject(data->type));
    }
    if (!isStr(fmtObj.get())) {
        return setError(&ExcTypeError, "strptime() argument 1 must be str, not %R",
                        asObject(fmtObj.get()->type));
    }
    Scanner sc;
    sc.s = strView(data);
    Parsed p;
    std::string bad;
    ScanResult r = scanFormat(strView(fmtObj.get()), &sc, &p, &bad);
    if (r == ScanResult::BadDirective) {
        if (bad == "%") return setError(&ExcValueError, "stray %% in format %R", fmtObj.get());
        return setError(&ExcValueError, "'%s' is a bad directive in format %R", bad.c_str(),
                        fmtObj.get());
    }
    if (r == ScanResult::NoMatch) {
        return setError(&ExcValueError, "time data %R does not match format %R", data,
                        fmtObj.get());
    }
    if (!sc.atEnd()) {
        Ref<> rest = Ref<>::steal(strFromUtf8(sc.s.substr(sc.pos)));
        if (!rest) return nullptr;
        return setError(&ExcValueError, "unconverted data remains: %U", rest.get());
    }
    if (p.hour12 && p.ampm >= 0) {
        if (p.ampm == 0 && p.hour == 12)
            p.hour = 0;
        else if (p.ampm == 1 && p.hour != 12)
            p.hour += 12;
    }
    if (p.hasIsoYear && p.hasIsoWeek && p.wday >= 0) {
        // Monday of ISO week 1 is the Monday on or before January 4th.
        int64_t jan4 = daysFromCivil(p.isoYear, 1, 4);
        int64_t jan4Wday = floorMod(jan4 + 3, 7);
        int64_t days = jan4 - jan4Wday + (p.isoWeek - 1) * 7 + p.wday;
        int m, d;
        civilFromDays(days, &p.year, &m, &d);
        p.mon = m;
        p.mday = d;
    } else if (p.yday < 0 && p.weekOfYear >= 0 && p.wday >= 0) {
        int64_t jan1 = daysFromCivil(p.year, 1, 1);
        int firstWday = static_cast<int>(floorMod(jan1 + 3, 7));  // Monday = 0
        int64_t dayOfWeek = p.weekStartsMonday ? p.wday : (p.wday + 1) % 7;
        int64_t firstStart = p.weekStartsMonday ? firstWday : (firstWday + 1) % 7;
        int64_t weekZeroLen = (7 - firstStart) % 7;
        int64_t yday0;
        if (p.weekOfYear == 0)
            yday0 = dayOfWeek - firstStart;
        else
            yday0 = weekZeroLen + (p.weekOfYear - 1) * 7 + dayOfWeek;
        int m, d;
        int64_t y;
        civilFromDays(jan1 + yday0, &y, &m, &d);
        p.year = y;
        p.mon = m;
        p.mday = d;
    } else if (p.yday > 0) {
        int64_t y;
        int m, d;
        civilFromDays(daysFromCivil(p.year, 1, 1) + p.yday - 1, &y, &m, &d);
        p.mon = m;
        p.mday = d;
    }
    int64_t days = daysFromCivil(p.year, p.mon, p.mday);
    if (p.mday > 28) {
        int64_t y;
        int m, d;
        civilFromDays(days, &y, &m, &d);
        if (m != p.mon) return setError(&ExcValueError, "day is out of range for month");
    }
    Tm tm;
    tm.year = p.year;
    tm.mon = p.mon;
    tm.mday = p.mday;
    tm.hour = p.hour;
    tm.min = p.min;
    tm.sec = p.sec;
    tm.wday = static_cast<int>(floorMod(days + 3, 7));
    tm.yday = static_cast<int>(days - daysFromCivil(p.year, 1, 1) + 1);
    tm.isdst = p.isdst;
    tm.hasGmtoff = p.hasGmtoff;
    tm.gmtoff = p.gmtoff;
    return structTimeFromTm(tm);
}

// ---------------------------------------------------------------------------------------------
// get_clock_info, thread_time, tzset

Object* timeGetClockInfo(Object*, Args args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("get_clock_info", kwnames) ||
        !checkArgCount("get_clock_info", nargs, 1, 1)) {
        return nullptr;
    }
    if (!isStr(args[0])) {
        return setError(&ExcTypeError, "get_clock_info() argument must be str, not %T", args[0]);
    }
    std::string_view name = strView(args[0]);
    const char* impl;
    bool monotonic = true, adjustable = false;
    if (name == "time") {
        impl = "clock_gettime(CLOCK_REALTIME)";
        monotonic = false;
        adjustable = true;
    } else if (name == "monotonic" || name == "perf_counter") {
        impl = "clock_gettime(CLOCK_MONOTONIC)";
    } else if (name == "process_time") {
        impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)";
    } else if (name == "thread_time") {
        impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)";
    } else {
        return setError(&ExcValueError, "unknown clock");
    }
    // types.SimpleNamespace is the type of sys.implementation.
    Object* sysDict = currentInterp()->sysDict;
    Object* implObj = sysDict ? dictGetItemStr(sysDict, "implementation") : nullptr;
    if (!implObj) return setError(&ExcRuntimeError, "lost sys.implementation");
    Ref<> vImpl = Ref<>::steal(strFromAscii(impl));
    Ref<> vRes = Ref<>::steal(floatFromDouble(1e-09));
    Ref<> k1 = Ref<>::steal(strFromAscii("implementation"));
    Ref<> k2 = Ref<>::steal(strFromAscii("monotonic"));
    Ref<> k3 = Ref<>::steal(strFromAscii("adjustable"));
    Ref<> k4 = Ref<>::steal(strFromAscii("resolution"));
    if (!vImpl || !vRes || !k1 || !k2 || !k3 || !k4) return nullptr;
    Ref<> kwnames2 = Ref<>::steal(tuplePack({k1.get(), k2.get(), k3.get(), k4.get()}));
    if (!kwnames2) return nullptr;
    Object* values[4] = {vImpl.get(), monotonic ? trueObj() : falseObj(),
                         adjustable ? trueObj() : falseObj(), vRes.get()};
    return call(asObject(implObj->type), values, 0, kwnames2.get());
}

Object* timeThreadTime(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("thread_time", kwnames) || !checkArgCount("thread_time", nargs, 0, 0))
        return nullptr;
    return floatFromDouble(platform::processTime());
}

Object* timeThreadTimeNs(Object*, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("thread_time_ns", kwnames) ||
        !checkArgCount("thread_time_ns", nargs, 0, 0)) {
        return nullptr;
    }
    return intFromInt64(platform::processTimeNs());
}

// Sets timezone, altzone, daylight and tzname on the module.
bool setZoneAttrs(Object* m) {
    int64_t tz, alt;
    int daylight;
    std::string s, d;
    platform::localTimeZone(&tz, &alt, &daylight, &s, &d);
    Object* sn = strFromUtf8(s);
    Object* dn = strFromUtf8(d);
    Object* t = sn && dn ? tuplePack({sn, dn}) : nullptr;
    xdecref(sn);
    xdecref(dn);
    if (!t) return false;
    return moduleAddInt(m, "timezone", tz) && moduleAddInt(m, "altzone", alt) &&
           moduleAddInt(m, "daylight", daylight) && moduleAddObject(m, "tzname", t);
}

Object* timeTzset(Object* self, Args, size_t nargs, Object* kwnames) {
    if (!checkNoKwargs("tzset", kwnames) || !checkArgCount("tzset", nargs, 0, 0)) return nullptr;
    if (!setZoneAttrs(self)) return nullptr;
    return newNone();
}

const MethodDef kTimeMethods[] = {
    {"time", timeTime, 0, "Return the current time in seconds since the Epoch."},
    {"time_ns", timeTimeNs, 0, "Return the current time in nanoseconds since the Epoch."},
    {"perf_counter", timePerfCounter, 0, "Performance counter for benchmarking."},
    {"perf_counter_ns", timePerfCounterNs, 0,
     "Performance counter for benchmarking as nanoseconds."},
    {"monotonic", timeMonotonic, 0, "Monotonic clock, cannot go backward."},
    {"monotonic_ns", timeMonotonicNs, 0, "Monotonic clock, cannot go backward, as nanoseconds."},
    {"process_time", timeProcessTime, 0,
     "Process time for profiling: sum of the kernel and user-space CPU time."},
    {"process_time_ns", timeProcessTimeNs, 0, "Process time for profiling as nanoseconds."},
    {"thread_time", timeThreadTime, 0,
     "Thread time for profiling: sum of the kernel and user-space CPU time."},
    {"thread_time_ns", timeThreadTimeNs, 0, "Thread time for profiling as nanoseconds."},
    {"sleep", timeSleep, 0, "Delay execution for a given number of seconds."},
    {"gmtime", timeGmtime, 0, "Convert seconds since the Epoch to a time tuple expressing UTC."},
    {"localtime", timeLocaltime, 0,
     "Convert seconds since the Epoch to a time tuple expressing local time."},
    {"mktime", timeMktime, 0, "Convert a time tuple in local time to seconds since the Epoch."},
    {"asctime", timeAsctime, 0,
     "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."},
    {"ctime", timeCtime, 0, "Convert a time in seconds since the Epoch to a string in local time."},
    {"strftime", timeStrftime, 0,
     "Convert a time tuple to a string according to a format specification."},
    {"strptime", timeStrptime, 0,
     "Parse a string to a time tuple according to a format specification."},
    {"get_clock_info", timeGetClockInfo, 0, "Get information of the specified clock."},
    {"tzset", timeTzset, 0, "Initialize, or reinitialize, the local timezone."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

StructSeqType StructTimeType = KRAIT_STRUCTSEQ_TYPE(
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.\n\n"
    " Note that several fields' values are not the same as those defined by\n"
    " the C language standard for struct tm.  For example, the value of the\n"
    " field tm_year is the actual year, not year - 1900.  See individual\n"
    " fields' descriptions for details.",
    kStructTimeMembers, 9, 11, 0, structSeqNew);

Object* createTimeModule(InterpState*) {
    if (!structSeqReady(&StructTimeType)) return nullptr;
    Ref<> m = Ref<>::steal(moduleNew("time"));
    if (!m || !moduleAddFunctions(m.get(), kTimeMethods)) return nullptr;
    if (!moduleAddObject(m.get(), "struct_time", newRef(asObject(&StructTimeType.type)))) {
        return nullptr;
    }
    if (!setZoneAttrs(m.get())) return nullptr;
    static const struct {
        const char* name;
        int64_t value;
    } kClocks[] = {
        {"CLOCK_REALTIME", 0},
        {"CLOCK_MONOTONIC", 1},
        {"CLOCK_PROCESS_CPUTIME_ID", 2},
        {"CLOCK_THREAD_CPUTIME_ID", 3},
        {"CLOCK_MONOTONIC_RAW", 4},
        {"CLOCK_BOOTTIME", 7},
        {"CLOCK_TAI", 11},
    };
    for (const auto& c : kClocks) {
        if (!moduleAddInt(m.get(), c.name, c.value)) return nullptr;
    }
    return m.release();
}

}  // namespace krait
