// The small-block allocator's slow paths (see core/small_alloc.h).
#include "core/small_alloc.h"

#include <cstdlib>
#include <cstring>

namespace krait {

constinit thread_local SmallAllocState tSmallAlloc = {};

#ifndef KRAIT_SMALL_ALLOC_OFF

namespace {

static_assert(sizeof(SmallChunk) % kSmallGranule == 0, "chunk header keeps blocks at 8 mod 16");
static_assert(kSmallChunkPages <= 256 && kSmallClasses <= 256, "classes fit the page table");

// Bytes in front of a large block (its requested size); keeps the block 16-byte aligned, so
// smallFree tells it from a pooled one.
constexpr size_t kLargeHeader = 16;

// The system allocator's blocks are 16-byte aligned here, and realloc keeps them so.
#if defined(__GLIBC__) && __SIZEOF_POINTER__ == 8
constexpr bool kMallocAligns16 = true;
#else
constexpr bool kMallocAligns16 = false;
#endif

void* largeAlloc(size_t size) {
    if (size > SIZE_MAX - kLargeHeader) return nullptr;
    void* base = nullptr;
    if (posix_memalign(&base, kLargeHeader, size + kLargeHeader) != 0) return nullptr;
    *static_cast<size_t*>(base) = size;
    return static_cast<char*>(base) + kLargeHeader;
}

// Starts a new run of pages for size class idx in the current chunk (a new chunk when what is
// left of it holds no block of the class). Returns false when out of memory.
bool newRun(SmallAllocState& s, size_t idx) {
    size_t blockBytes = (idx + 1) * kSmallGranule;
    // Runs of at least 4 blocks and one page: each class in use holds one partly carved run, so
    // runs stay small.
    size_t want = (blockBytes * 4 + kSmallPageBytes - 1) / kSmallPageBytes;
    for (int attempt = 0; attempt < 2; attempt++) {
        if (!s.chunk || s.chunkPage >= kSmallChunkPages) {
            void* c = nullptr;
            if (posix_memalign(&c, kSmallChunkBytes, kSmallChunkBytes) != 0) return false;
            s.chunk = static_cast<SmallChunk*>(c);
            s.chunkPage = 0;
        }
        size_t left = kSmallChunkPages - s.chunkPage;
        size_t n = want < left ? want : left;
        char* base = reinterpret_cast<char*>(s.chunk);
        char* start = base + kSmallPooledBit + s.chunkPage * kSmallPageBytes;
        char* first = s.chunkPage == 0 ? base + sizeof(SmallChunk) + kSmallPooledBit : start;
        char* end = start + n * kSmallPageBytes;
        if (end > base + kSmallChunkBytes) end = base + kSmallChunkBytes;   // the last page
        if (static_cast<size_t>(end - first) < blockBytes) {
            s.chunkPage = kSmallChunkPages;   // the chunk's last pages stay unused
            continue;
        }
        for (size_t i = 0; i < n; i++) {
            s.chunk->pageClass[s.chunkPage + i] = static_cast<uint8_t>(idx);
        }
        s.runs[idx] = SmallRun{first, end};
        s.chunkPage += n;
        return true;
    }
    return false;
}

}  // namespace

void* smallAllocSlow(size_t size) {
    if (size == 0) size = 1;
    size_t idx = (size - 1) / kSmallGranule;
    if (idx >= kSmallClasses) return largeAlloc(size);
    SmallAllocState& s = tSmallAlloc;
    if (void* p = s.freeLists[idx]) {   // smallAlloc(0) comes here with a block available
        s.freeLists[idx] = *static_cast<void**>(p);
        return p;
    }
    // The free list of this class is empty: carve a block from the class's run.
    size_t blockBytes = (idx + 1) * kSmallGranule;
    SmallRun& r = s.runs[idx];
    if (!r.bump || static_cast<size_t>(r.end - r.bump) < blockBytes) {
        if (!newRun(s, idx)) return nullptr;
    }
    char* p = r.bump;
    r.bump += blockBytes;
    return p;
}

void smallFreeLarge(void* p) { std::free(static_cast<char*>(p) - kLargeHeader); }

void* smallCalloc(size_t size) {
    void* p = smallAlloc(size);
    if (p) std::memset(p, 0, size);
    return p;
}

void* smallRealloc(void* p, size_t size) {
    if (!p) return smallAlloc(size);
    if (reinterpret_cast<uintptr_t>(p) & kSmallPooledBit) {
        size_t capacity = (smallClassOf(p) + 1) * kSmallGranule;
        if (size <= capacity && size + kSmallGranule > capacity) return p;
        void* q = smallAlloc(size);
        if (!q) return nullptr;
        std::memcpy(q, p, size < capacity ? size : capacity);
        smallFree(p);
        return q;
    }
    // A large block stays one at any size.
    if (size > SIZE_MAX - kLargeHeader) return nullptr;
    char* base = static_cast<char*>(p) - kLargeHeader;
    if constexpr (kMallocAligns16) {
        char* nb = static_cast<char*>(std::realloc(base, size + kLargeHeader));
        if (!nb) return nullptr;
        *reinterpret_cast<size_t*>(nb) = size;
        return nb + kLargeHeader;
    }
    size_t old = *reinterpret_cast<size_t*>(base);
    void* q = largeAlloc(size);
    if (!q) return nullptr;
    std::memcpy(q, p, size < old ? size : old);
    std::free(base);
    return q;
}

#else   // AddressSanitizer: plain calloc/free

void* smallRealloc(void* p, size_t size) { return std::realloc(p, size ? size : 1); }

void* smallAllocSlow(size_t size) { return std::malloc(size ? size : 1); }
void smallFreeLarge(void* p) { std::free(p); }
void* smallCalloc(size_t size) { return std::calloc(1, size ? size : 1); }

#endif

}  // namespace krait
