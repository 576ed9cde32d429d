// Private to bytes*.cpp / bytearray*.cpp: the method implementations shared by bytes and
// bytearray (they read either type and return the type of self), and helpers.
#pragma once

#include <string>
#include <string_view>

#include "core/object.h"
#include "core/types.h"
#include "objects/bytes.h"

namespace krait::bytesimpl {

// The contents of a bytes or bytearray (self of a shared method).
inline std::string_view selfView(Object* self) {
    if (isByteArray(self)) {
        ByteArrayObject* b = asByteArray(self);
        return std::string_view(b->data ? b->data : "", static_cast<size_t>(b->size));
    }
    return bytesView(self);
}
// A new bytes (or bytearray when self is one) holding data.
Object* makeLike(Object* self, std::string_view data);
// repr of a bytes value: b'...' with CPython's quoting (bytearray escapes ' always).
std::string reprBytes(std::string_view data, bool byteArrayStyle);
// Parses bytes(x) / bytearray(x) sources (int count, bytes-like, iterable of ints, __bytes__ is
// handled by the caller) into out. `what` is "bytes" or "bytearray" for error messages.
bool bytesFromSource(Object* x, std::string& out, bool forByteArray);
// b'...' % args.
Object* bytesPercentFormat(Object* self, Object* args);
// Rich comparison of two byte strings (NotImplemented for non-bytes-like `b`).
Object* compareBytes(Object* a, Object* b, CompareOp op);
// `item in self` for an int or a bytes-like item.
int containsBytes(Object* self, Object* item);

Object* mCount(Object*, Object* const*, size_t, Object*);
Object* mFind(Object*, Object* const*, size_t, Object*);
Object* mRfind(Object*, Object* const*, size_t, Object*);
Object* mIndex(Object*, Object* const*, size_t, Object*);
Object* mRindex(Object*, Object* const*, size_t, Object*);
Object* mStartswith(Object*, Object* const*, size_t, Object*);
Object* mEndswith(Object*, Object* const*, size_t, Object*);
Object* mSplit(Object*, Object* const*, size_t, Object*);
Object* mRsplit(Object*, Object* const*, size_t, Object*);
Object* mSplitlines(Object*, Object* const*, size_t, Object*);
Object* mStrip(Object*, Object* const*, size_t, Object*);
Object* mLstrip(Object*, Object* const*, size_t, Object*);
Object* mRstrip(Object*, Object* const*, size_t, Object*);
Object* mPartition(Object*, Object* const*, size_t, Object*);
Object* mRpartition(Object*, Object* const*, size_t, Object*);
Object* mReplace(Object*, Object* const*, size_t, Object*);
Object* mJoin(Object*, Object* const*, size_t, Object*);
Object* mCenter(Object*, Object* const*, size_t, Object*);
Object* mLjust(Object*, Object* const*, size_t, Object*);
Object* mRjust(Object*, Object* const*, size_t, Object*);
Object* mZfill(Object*, Object* const*, size_t, Object*);
Object* mExpandtabs(Object*, Object* const*, size_t, Object*);
Object* mLower(Object*, Object* const*, size_t, Object*);
Object* mUpper(Object*, Object* const*, size_t, Object*);
Object* mSwapcase(Object*, Object* const*, size_t, Object*);
Object* mCapitalize(Object*, Object* const*, size_t, Object*);
Object* mTitle(Object*, Object* const*, size_t, Object*);
Object* mIsalnum(Object*, Object* const*, size_t, Object*);
Object* mIsalpha(Object*, Object* const*, size_t, Object*);
Object* mIsascii(Object*, Object* const*, size_t, Object*);
Object* mIsdigit(Object*, Object* const*, size_t, Object*);
Object* mIslower(Object*, Object* const*, size_t, Object*);
Object* mIsupper(Object*, Object* const*, size_t, Object*);
Object* mIsspace(Object*, Object* const*, size_t, Object*);
Object* mIstitle(Object*, Object* const*, size_t, Object*);
Object* mRemoveprefix(Object*, Object* const*, size_t, Object*);
Object* mRemovesuffix(Object*, Object* const*, size_t, Object*);
Object* mTranslate(Object*, Object* const*, size_t, Object*);
Object* mMaketrans(Object*, Object* const*, size_t, Object*);
Object* mHex(Object*, Object* const*, size_t, Object*);
Object* mFromhex(Object*, Object* const*, size_t, Object*);
Object* mDecode(Object*, Object* const*, size_t, Object*);

}  // namespace krait::bytesimpl

// The method-table entries shared by bytes and bytearray.
#define KRAIT_BYTES_SHARED_METHODS                                                          \
    {"count", bytesimpl::mCount, 0, "Return the number of non-overlapping occurrences."},      \
    {"find", bytesimpl::mFind, 0, "Return the lowest index where subsection sub is found."},  \
    {"rfind", bytesimpl::mRfind, 0, "Return the highest index where subsection is found."},   \
    {"index", bytesimpl::mIndex, 0, "Like find() but raise ValueError when not found."},      \
    {"rindex", bytesimpl::mRindex, 0, "Like rfind() but raise ValueError when not found."},   \
    {"startswith", bytesimpl::mStartswith, 0, "Return True if it starts with the prefix."},   \
    {"endswith", bytesimpl::mEndswith, 0, "Return True if it ends with the suffix."},         \
    {"split", bytesimpl::mSplit, 0, "Return a list of the sections, split at sep."},          \
    {"rsplit", bytesimpl::mRsplit, 0, "Return a list of the sections, split at sep."},        \
    {"splitlines", bytesimpl::mSplitlines, 0, "Return a list of the lines."},                 \
    {"strip", bytesimpl::mStrip, 0, "Strip leading and trailing bytes."},                     \
    {"lstrip", bytesimpl::mLstrip, 0, "Strip leading bytes."},                                \
    {"rstrip", bytesimpl::mRstrip, 0, "Strip trailing bytes."},                               \
    {"partition", bytesimpl::mPartition, 0, "Partition at the first sep."},                   \
    {"rpartition", bytesimpl::mRpartition, 0, "Partition at the last sep."},                  \
    {"replace", bytesimpl::mReplace, 0, "Replace occurrences of old by new."},                \
    {"join", bytesimpl::mJoin, 0, "Concatenate any number of bytes objects."},                \
    {"center", bytesimpl::mCenter, 0, "Return a centered string of length width."},           \
    {"ljust", bytesimpl::mLjust, 0, "Return a left-justified string of length width."},       \
    {"rjust", bytesimpl::mRjust, 0, "Return a right-justified string of length width."},      \
    {"zfill", bytesimpl::mZfill, 0, "Pad a numeric string with zeros on the left."},          \
    {"expandtabs", bytesimpl::mExpandtabs, 0, "Expand tab characters using spaces."},         \
    {"lower", bytesimpl::mLower, 0, "Return a copy with ASCII characters lowercased."},       \
    {"upper", bytesimpl::mUpper, 0, "Return a copy with ASCII characters uppercased."},       \
    {"swapcase", bytesimpl::mSwapcase, 0, "Swap the case of ASCII characters."},              \
    {"capitalize", bytesimpl::mCapitalize, 0, "Return a capitalized version."},               \
    {"title", bytesimpl::mTitle, 0, "Return a titlecased version."},                          \
    {"isalnum", bytesimpl::mIsalnum, 0, "All bytes alphanumeric ASCII."},                     \
    {"isalpha", bytesimpl::mIsalpha, 0, "All bytes alphabetic ASCII."},                       \
    {"isascii", bytesimpl::mIsascii, 0, "All bytes ASCII."},                                  \
    {"isdigit", bytesimpl::mIsdigit, 0, "All bytes ASCII digits."},                           \
    {"islower", bytesimpl::mIslower, 0, "Lowercase ASCII bytes and at least one cased."},     \
    {"isupper", bytesimpl::mIsupper, 0, "Uppercase ASCII bytes and at least one cased."},     \
    {"isspace", bytesimpl::mIsspace, 0, "All bytes ASCII whitespace."},                       \
    {"istitle", bytesimpl::mIstitle, 0, "Titlecased ASCII."},                                 \
    {"removeprefix", bytesimpl::mRemoveprefix, 0, "Remove the prefix if present."},           \
    {"removesuffix", bytesimpl::mRemovesuffix, 0, "Remove the suffix if present."},           \
    {"translate", bytesimpl::mTranslate, 0, "Map bytes through a 256-byte table."},           \
    {"maketrans", bytesimpl::mMaketrans, kMethStatic, "Return a translation table."},         \
    {"hex", bytesimpl::mHex, 0, "Create a string of hexadecimal numbers."},                   \
    {"fromhex", bytesimpl::mFromhex, kMethClass, "Create an object from a hex string."},      \
    {"decode", bytesimpl::mDecode, 0, "Decode the bytes using the codec."}
