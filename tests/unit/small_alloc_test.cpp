// The small-block allocator (core/small_alloc.h): blocks are distinct, writable over their
// whole size, zeroed by smallCalloc, reused after smallFree (same size class), and large
// requests fall through to malloc.
#include <catch2/catch.hpp>

#include <cstring>
#include <set>
#include <vector>

#include "core/small_alloc.h"

using namespace krait;

TEST_CASE("small blocks of every class are distinct, aligned and writable", "[small_alloc]") {
    std::vector<std::pair<unsigned char*, size_t>> blocks;
    for (size_t size = 1; size <= kSmallMaxBytes + 64; size += 7) {
        for (int k = 0; k < 3; k++) {
            auto* p = static_cast<unsigned char*>(smallCalloc(size));
            REQUIRE(p != nullptr);
            REQUIRE(reinterpret_cast<uintptr_t>(p) % alignof(double) == 0);
            for (size_t i = 0; i < size; i++) REQUIRE(p[i] == 0);
            std::memset(p, static_cast<int>(size & 0xff), size);
            blocks.emplace_back(p, size);
        }
    }
    // No block overlaps another: every byte still holds its own block's fill value.
    for (auto& [p, size] : blocks) {
        for (size_t i = 0; i < size; i++) REQUIRE(p[i] == static_cast<unsigned char>(size & 0xff));
    }
    std::set<unsigned char*> starts;
    for (auto& b : blocks) starts.insert(b.first);
    REQUIRE(starts.size() == blocks.size());
    for (auto& b : blocks) smallFree(b.first);
}

TEST_CASE("freed small blocks are reused and smallCalloc zeroes them", "[small_alloc]") {
#ifndef KRAIT_SMALL_ALLOC_OFF
    void* a = smallAlloc(40);
    std::memset(a, 0xab, 40);
    smallFree(a);
    void* b = smallCalloc(40);   // same class: the block just freed
    REQUIRE(b == a);
    for (int i = 0; i < 40; i++) REQUIRE(static_cast<unsigned char*>(b)[i] == 0);
    smallFree(b);
    void* big = smallAlloc(kSmallMaxBytes + 1);   // from malloc
    REQUIRE(big != nullptr);
    std::memset(big, 1, kSmallMaxBytes + 1);
    smallFree(big);
#endif
    smallFree(nullptr);
}

TEST_CASE("smallRealloc keeps the contents across size classes and large blocks",
          "[small_alloc]") {
    // Grow a block from 1 byte through every small class into a large block and back down:
    // the first bytes survive each move, whichever kind of block holds them.
    auto* p = static_cast<unsigned char*>(smallAlloc(1));
    REQUIRE(p != nullptr);
    p[0] = 0x5a;
    size_t have = 1;
    for (size_t size = 2; size <= 4 * kSmallMaxBytes; size += 13) {
        p = static_cast<unsigned char*>(smallRealloc(p, size));
        REQUIRE(p != nullptr);
        REQUIRE(reinterpret_cast<uintptr_t>(p) % alignof(double) == 0);
        for (size_t i = 0; i < have; i++) REQUIRE(p[i] == static_cast<unsigned char>(i * 7 + 0x5a));
        for (size_t i = have; i < size; i++) p[i] = static_cast<unsigned char>(i * 7 + 0x5a);
        have = size;
    }
    for (size_t size = have; size >= 1; size = size / 2) {
        p = static_cast<unsigned char*>(smallRealloc(p, size));
        REQUIRE(p != nullptr);
        for (size_t i = 0; i < size; i++) REQUIRE(p[i] == static_cast<unsigned char>(i * 7 + 0x5a));
    }
    smallFree(p);
    // Freed large and small blocks of every class can be allocated again.
    std::vector<void*> blocks;
    for (size_t size = 1; size <= kSmallMaxBytes * 2; size += 5) blocks.push_back(smallAlloc(size));
    for (void* b : blocks) smallFree(b);
    for (size_t size = 1; size <= kSmallMaxBytes * 2; size += 5) {
        void* b = smallAlloc(size);
        REQUIRE(b != nullptr);
        std::memset(b, 0xee, size);
        smallFree(b);
    }
}
