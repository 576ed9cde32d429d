// list.sort(): a stable merge sort. Runs of 32 items are sorted by binary insertion, then
// merged bottom-up (a merge is skipped when the halves are already in order, so sorted and
// nearly sorted input costs about n comparisons). Comparisons go through richCompareBool
// (`<`), with fast paths when every key is an exact small int or an exact str. While sorting,
// the list is emptied; if anything is added meanwhile, "list modified during sort" is raised.
#include <cstdlib>
#include <cstring>

#include "core/abstract.h"
#include "core/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"

namespace krait {

void listDetachItems(Object* lo, Object*** items, ssize* size, ssize* allocated);
bool listAttachItems(Object* lo, Object** items, ssize size, ssize allocated);

namespace {

enum class KeyKind { Generic, SmallInt, Str, Float };

struct Sorter {
    Object** keys;     // sorted array (keys == values when there is no key function)
    Object** values;   // null when keys are the values
    KeyKind kind;
    bool failed = false;

    // a < b; sets failed on error.
    bool lt(Object* a, Object* b) {
        switch (kind) {
        case KeyKind::SmallInt: return asInt(a)->value < asInt(b)->value;
        case KeyKind::Str: return strCompare(a, b) < 0;
        case KeyKind::Float: return floatValue(a) < floatValue(b);
        default: break;
        }
        int r = richCompareBool(a, b, CompareOp::Lt);
        if (r < 0) {
            failed = true;
            return false;
        }
        return r != 0;
    }

    void swapIn(ssize dst, Object* k, Object* v) {
        keys[dst] = k;
        if (values) values[dst] = v;
    }

    // Binary insertion sort of [lo, hi), where [lo, start) is already sorted.
    void insertionSort(ssize lo, ssize hi, ssize start) {
        for (ssize i = start; i < hi && !failed; i++) {
            Object* pivot = keys[i];
            Object* pv = values ? values[i] : nullptr;
            ssize l = lo, r = i;
            while (l < r) {
                ssize m = l + (r - l) / 2;
                bool less = lt(pivot, keys[m]);
                if (failed) return;
                if (less) r = m;
                else l = m + 1;
            }
            std::memmove(keys + l + 1, keys + l, static_cast<size_t>(i - l) * sizeof(Object*));
            if (values)
                std::memmove(values + l + 1, values + l, static_cast<size_t>(i - l) * sizeof(Object*));
            swapIn(l, pivot, pv);
        }
    }

    // Merges sorted [lo, mid) and [mid, hi) using tmpK/tmpV (room for mid - lo items). On a
    // comparison error the remaining items are copied back, so nothing is lost.
    void merge(ssize lo, ssize mid, ssize hi, Object** tmpK, Object** tmpV) {
        if (failed) return;
        // Already ordered?
        bool less = lt(keys[mid], keys[mid - 1]);
        if (failed || !less) return;
        ssize n1 = mid - lo;
        std::memcpy(tmpK, keys + lo, static_cast<size_t>(n1) * sizeof(Object*));
        if (values) std::memcpy(tmpV, values + lo, static_cast<size_t>(n1) * sizeof(Object*));
        ssize i = 0, j = mid, d = lo;
        while (i < n1 && j < hi) {
            bool takeRight = !failed && lt(keys[j], tmpK[i]);
            if (failed) break;
            if (takeRight) {
                swapIn(d++, keys[j], values ? values[j] : nullptr);
                j++;
            } else {
                swapIn(d++, tmpK[i], values ? tmpV[i] : nullptr);
                i++;
            }
        }
        while (i < n1) {
            swapIn(d++, tmpK[i], values ? tmpV[i] : nullptr);
            i++;
        }
    }

    void reverseRange(ssize lo, ssize hi) {
        for (ssize i = lo, j = hi - 1; i < j; i++, j--) {
            std::swap(keys[i], keys[j]);
            if (values) std::swap(values[i], values[j]);
        }
    }

    // Length of the run starting at lo (CPython's count_run): non-descending, or strictly
    // descending (*descending set).
    ssize countRun(ssize lo, ssize hi, bool* descending) {
        *descending = false;
        if (lo + 1 >= hi) return 1;
        ssize n = 2;
        bool less = lt(keys[lo + 1], keys[lo]);
        if (failed) return 0;
        if (less) {
            *descending = true;
            for (ssize i = lo + 2; i < hi; i++, n++) {
                less = lt(keys[i], keys[i - 1]);
                if (failed) return 0;
                if (!less) break;
            }
        } else {
            for (ssize i = lo + 2; i < hi; i++, n++) {
                less = lt(keys[i], keys[i - 1]);
                if (failed) return 0;
                if (less) break;
            }
        }
        return n;
    }

    bool sort(ssize n) {
        if (n < 64) {
            // Exactly CPython's timsort for short lists (one run + binary insertion), so the
            // sequence of __lt__ calls is the same.
            bool descending;
            ssize run = countRun(0, n, &descending);
            if (failed) return false;
            if (descending) reverseRange(0, run);
            if (run < n) insertionSort(0, n, run);
            return !failed;
        }
        const ssize kRun = 32;
        for (ssize lo = 0; lo < n && !failed; lo += kRun) {
            ssize hi = lo + kRun < n ? lo + kRun : n;
            insertionSort(lo, hi, lo + 1);
        }
        if (failed || n <= kRun) return !failed;
        Object** tmpK = static_cast<Object**>(std::malloc(static_cast<size_t>(n) * sizeof(Object*)));
        Object** tmpV = values ? static_cast<Object**>(std::malloc(static_cast<size_t>(n) * sizeof(Object*)))
                               : nullptr;
        if (!tmpK || (values && !tmpV)) {
            std::free(tmpK);
            std::free(tmpV);
            setErrorNoMemory();
            return false;
        }
        for (ssize width = kRun; width < n && !failed; width *= 2) {
            for (ssize lo = 0; lo + width < n && !failed; lo += 2 * width) {
                ssize mid = lo + width;
                ssize hi = mid + width < n ? mid + width : n;
                merge(lo, mid, hi, tmpK, tmpV);
            }
        }
        std::free(tmpK);
        std::free(tmpV);
        return !failed;
    }
};

KeyKind classifyKeys(Object** keys, ssize n) {
    if (n == 0) return KeyKind::Generic;
    Type* t = keys[0]->type;
    if (t == &IntType) {
        for (ssize i = 0; i < n; i++)
            if (keys[i]->type != &IntType || !intIsSmall(keys[i])) return KeyKind::Generic;
        return KeyKind::SmallInt;
    }
    if (t == &FloatType) {
        for (ssize i = 0; i < n; i++)
            if (keys[i]->type != &FloatType) return KeyKind::Generic;
        return KeyKind::Float;
    }
    if (t == &StrType) {
        for (ssize i = 0; i < n; i++)
            if (keys[i]->type != &StrType) return KeyKind::Generic;
        return KeyKind::Str;
    }
    return KeyKind::Generic;
}

void reverseArray(Object** a, ssize n) {
    for (ssize i = 0, j = n - 1; i < j; i++, j--) std::swap(a[i], a[j]);
}

}  // namespace

int listSort(Object* l, Object* key, bool reverse) {
    Object** items;
    ssize n, allocated;
    listDetachItems(l, &items, &n, &allocated);
    Object** keys = items;
    Object** values = nullptr;
    bool ok = true;
    if (key && n > 0) {
        keys = static_cast<Object**>(std::malloc(static_cast<size_t>(n) * sizeof(Object*)));
        if (!keys) {
            setErrorNoMemory();
            ok = false;
        } else {
            for (ssize i = 0; i < n; i++) {
                keys[i] = callOneArg(key, items[i]);
                if (!keys[i]) {
                    for (ssize k = 0; k < i; k++) decref(keys[k]);
                    std::free(keys);
                    keys = nullptr;
                    ok = false;
                    break;
                }
            }
            values = items;
        }
    }
    if (ok && n > 1) {
        if (reverse) {
            reverseArray(keys, n);
            if (values) reverseArray(values, n);
        }
        Sorter s{keys, values, classifyKeys(keys, n)};
        ok = s.sort(n);
        if (reverse) {
            reverseArray(keys, n);
            if (values) reverseArray(values, n);
        }
    }
    if (key && keys) {
        for (ssize i = 0; i < n; i++) decref(keys[i]);
        std::free(keys);
    }
    if (!listAttachItems(l, items, n, allocated) && ok) {
        setError(&ExcValueError, "list modified during sort");
        ok = false;
    }
    return ok ? 0 : -1;
}

}  // namespace krait
