// The small-block allocator's slow paths (see core/small_alloc.h).
#include "core/small_alloc.h"

#include <cstdlib>
#include <cstring>

namespace krait {

constinit thread_local SmallAllocState tSmallAlloc = {};

namespace {

// Chunk size: large enough that carving is rare, small enough for the wasm heap to grow in
// modest steps.
constexpr size_t kChunkBytes = 256 * 1024;

}  // namespace

#ifndef KRAIT_SMALL_ALLOC_OFF

void* smallAllocSlow(size_t size) {
    size_t cls = (size + kSmallHeader + kSmallGranule - 1) / kSmallGranule;
    if (cls > kSmallClasses) {
        if (size > SIZE_MAX - kSmallHeader) return nullptr;
        char* header = static_cast<char*>(std::malloc(size + kSmallHeader));
        if (!header) return nullptr;
        *reinterpret_cast<uint64_t*>(header) = 0;
        return header + kSmallHeader;
    }
    // The free list of this class is empty: carve a block from the current chunk.
    SmallAllocState& s = tSmallAlloc;
    size_t blockBytes = cls * kSmallGranule;
    if (static_cast<size_t>(s.end - s.bump) < blockBytes) {
        // Put the rest of the old chunk on the free lists (largest classes that fit).
        while (s.bump && static_cast<size_t>(s.end - s.bump) >= kSmallGranule) {
            size_t left = static_cast<size_t>(s.end - s.bump) / kSmallGranule;
            size_t c = left < kSmallClasses ? left : kSmallClasses;
            *reinterpret_cast<uint64_t*>(s.bump) = c;
            void* p = s.bump + kSmallHeader;
            *static_cast<void**>(p) = s.freeLists[c - 1];
            s.freeLists[c - 1] = p;
            s.bump += c * kSmallGranule;
        }
        char* chunk = static_cast<char*>(std::malloc(kChunkBytes));
        if (!chunk) return nullptr;
        // Align the first block so payloads sit at 8 (mod 16).
        uintptr_t misalign = reinterpret_cast<uintptr_t>(chunk) % kSmallGranule;
        s.bump = chunk + (misalign ? kSmallGranule - misalign : 0);
        s.end = chunk + kChunkBytes;
    }
    char* header = s.bump;
    s.bump += blockBytes;
    *reinterpret_cast<uint64_t*>(header) = cls;
    return header + kSmallHeader;
}

void smallFreeLarge(void* header) { std::free(header); }

void* smallCalloc(size_t size) {
    void* p = smallAlloc(size);
    if (p) std::memset(p, 0, size);
    return p;
}

void* smallRealloc(void* p, size_t size) {
    if (!p) return smallAlloc(size);
    char* header = static_cast<char*>(p) - kSmallHeader;
    uint64_t cls = *reinterpret_cast<uint64_t*>(header);
    if (cls == 0) {
        // A malloc'd block: let realloc move it (it stays a malloc'd block at any size).
        if (size > SIZE_MAX - kSmallHeader) return nullptr;
        char* h = static_cast<char*>(std::realloc(header, size + kSmallHeader));
        return h ? h + kSmallHeader : nullptr;
    }
    size_t capacity = cls * kSmallGranule - kSmallHeader;
    if (size <= capacity && size + kSmallGranule > capacity) return p;
    void* q = smallAlloc(size);
    if (!q) return nullptr;
    std::memcpy(q, p, size < capacity ? size : capacity);
    smallFree(p);
    return q;
}

#else   // AddressSanitizer: plain calloc/free

void* smallRealloc(void* p, size_t size) { return std::realloc(p, size ? size : 1); }

void* smallAllocSlow(size_t size) { return std::malloc(size ? size : 1); }
void smallFreeLarge(void* p) { std::free(p); }
void* smallCalloc(size_t size) { return std::calloc(1, size ? size : 1); }

#endif

}  // namespace krait
