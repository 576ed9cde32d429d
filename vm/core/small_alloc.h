// A small-block allocator for objects and their small buffers (CPython's pymalloc plays this
// part). Most Python objects are small and short-lived; glibc's and Emscripten's malloc spend
// several times more instructions per allocate/free pair than a size-class free list.
//
// Invariants:
// - Pooled blocks (requests of 1..kSmallMaxBytes bytes, in kSmallClasses size classes of
//   kSmallGranule bytes) have no header: they are carved from chunks of kSmallChunkBytes
//   aligned to their size. A chunk is cut into runs of whole pages (kSmallPageBytes, counted
//   from 8 bytes into the chunk); every block of a run has the run's size class, which the chunk's first bytes record per page
//   (SmallChunk::pageClass). smallFree() finds a block's class from its address alone.
// - Pooled blocks start at 8 (mod 16); blocks larger than kSmallMaxBytes come from the
//   system allocator with a 16-byte header in front (their size) and start at 0 (mod 16).
//   That bit of the address tells smallFree() which kind it is, so callers never pass a size.
// - Chunks are never returned to the system; freed blocks go on the free list of the freeing
//   thread (thread-local, so no locks). With several threads the lists travel with the GIL
//   (core/gil.cpp parks them in the GIL on release and hands them to the next holder), so all
//   threads share one set of lists and a thread that ends leaves no blocks behind.
// - Returned pointers are 8-byte aligned; nothing in a Krait object or buffer needs more than
//   alignof(double).
// - Under AddressSanitizer every call goes straight to calloc/free so use-after-free and leaks
//   stay visible.
#pragma once

#include <cstddef>
#include <cstdint>

namespace krait {

constexpr size_t kSmallGranule = 16;
constexpr size_t kSmallClasses = 64;    // block sizes 16..1024 bytes
constexpr size_t kSmallMaxBytes = kSmallClasses * kSmallGranule;
constexpr size_t kSmallPageBytes = 1024;
constexpr size_t kSmallChunkBytes = 256 * 1024;
constexpr size_t kSmallChunkPages = kSmallChunkBytes / kSmallPageBytes;
// Offset of a pooled block from 16-byte alignment (the bit smallFree tests).
constexpr uintptr_t kSmallPooledBit = 8;

// The start of every chunk: the size class index (0..kSmallClasses-1) of each page's run.
struct SmallChunk {
    uint8_t pageClass[kSmallChunkPages];
};

struct SmallRun {
    char* bump;   // next block to carve in the class's current run
    char* end;
};

struct SmallAllocState {
    void* freeLists[kSmallClasses];   // singly linked through the first word of each block
    SmallRun runs[kSmallClasses];
    SmallChunk* chunk;                // the chunk runs are cut from
    size_t chunkPage;                 // its first page not yet in a run
};

extern thread_local SmallAllocState tSmallAlloc;

// Allocates `size` bytes (uninitialized), or returns null when out of memory.
void* smallAllocSlow(size_t size);
// Frees a block from the system allocator (smallAlloc's large blocks).
void smallFreeLarge(void* p);

#if defined(__SANITIZE_ADDRESS__)
#define KRAIT_SMALL_ALLOC_OFF 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KRAIT_SMALL_ALLOC_OFF 1
#endif
#endif

// The size class index of a pooled block. Pages are counted from 8 bytes into the chunk, so a
// run of whole pages holds whole blocks of 1024 (and 512, 256...) bytes with no gap.
inline size_t smallClassOf(const void* p) {
    uintptr_t a = reinterpret_cast<uintptr_t>(p);
    const auto* chunk = reinterpret_cast<const SmallChunk*>(a & ~uintptr_t(kSmallChunkBytes - 1));
    return chunk->pageClass[((a - kSmallPooledBit) & (kSmallChunkBytes - 1)) / kSmallPageBytes];
}

inline void* smallAlloc(size_t size) {
#ifndef KRAIT_SMALL_ALLOC_OFF
    size_t idx = (size - 1) / kSmallGranule;   // size 0 wraps around to the slow path
    if (idx < kSmallClasses) {
        void*& head = tSmallAlloc.freeLists[idx];
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
    if (reinterpret_cast<uintptr_t>(p) & kSmallPooledBit) {
        void*& head = tSmallAlloc.freeLists[smallClassOf(p)];
        *static_cast<void**>(p) = head;
        head = p;
        return;
    }
#endif
    smallFreeLarge(p);
}

}  // namespace krait
