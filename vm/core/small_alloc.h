// A small-block allocator for objects and their small buffers (CPython's pymalloc plays this
// part). Most Python objects are small and short-lived; glibc's and Emscripten's malloc spend
// several times more instructions per allocate/free pair than a size-class free list.
//
// Invariants:
// - Every block carries an 8-byte header in front of the pointer returned: its size class
//   (1..kSmallClasses) for pooled blocks, 0 for a block that came from malloc (requests larger
//   than kSmallMaxBytes). smallFree() reads it, so callers never pass a size.
// - Pooled blocks are carved from chunks that are never returned to the system; freed blocks go
//   on the free list of the freeing thread (thread-local, so no locks). With several threads
//   the lists travel with the GIL (core/gil.cpp parks them in the GIL on release and hands
//   them to the next holder), so all threads share one set of lists and a thread that ends
//   leaves no blocks behind.
// - Returned pointers are 8-byte aligned (pooled payloads sit at 8 mod 16); nothing in a Krait
//   object or buffer needs more than alignof(double).
// - Under AddressSanitizer every call goes straight to calloc/free so use-after-free and leaks
//   stay visible.
#pragma once

#include <cstddef>
#include <cstdint>

namespace krait {

constexpr size_t kSmallHeader = 8;
constexpr size_t kSmallGranule = 16;
constexpr size_t kSmallClasses = 64;    // block sizes 16..1024 bytes including the header
constexpr size_t kSmallMaxBytes = kSmallClasses * kSmallGranule - kSmallHeader;

struct SmallAllocState {
    void* freeLists[kSmallClasses];   // singly linked through the first word of each payload
    char* bump;                       // carving position in the current chunk
    char* end;
};

extern thread_local SmallAllocState tSmallAlloc;

// Allocates `size` bytes (uninitialized), or returns null when out of memory.
void* smallAllocSlow(size_t size);
// Frees a block from smallAlloc/smallCalloc (null is ignored).
void smallFreeLarge(void* header);

#if defined(__SANITIZE_ADDRESS__)
#define KRAIT_SMALL_ALLOC_OFF 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KRAIT_SMALL_ALLOC_OFF 1
#endif
#endif

inline void* smallAlloc(size_t size) {
#ifndef KRAIT_SMALL_ALLOC_OFF
    size_t cls = (size + kSmallHeader + kSmallGranule - 1) / kSmallGranule;
    if (cls <= kSmallClasses) {
        void*& head = tSmallAlloc.freeLists[cls - 1];
        if (void* p = head) {
            head = *static_cast<void**>(p);
            return p;
        }
    }
#endif
    return smallAllocSlow(size);
}

void* smallCalloc(size_t size);
// Resizes a block from smallAlloc/smallCalloc/smallRealloc (p may be null) keeping the first
// min(old, new) bytes, like realloc; returns null (p untouched) when out of memory. A block
// whose size class still fits is returned as is. size must be > 0.
void* smallRealloc(void* p, size_t size);

inline void smallFree(void* p) {
    if (!p) return;
#ifndef KRAIT_SMALL_ALLOC_OFF
    char* header = static_cast<char*>(p) - kSmallHeader;
    uint64_t cls = *reinterpret_cast<uint64_t*>(header);
    if (cls != 0) {
        void*& head = tSmallAlloc.freeLists[cls - 1];
        *static_cast<void**>(p) = head;
        head = p;
        return;
    }
    smallFreeLarge(header);
#else
    smallFreeLarge(p);
#endif
}

}  // namespace krait
