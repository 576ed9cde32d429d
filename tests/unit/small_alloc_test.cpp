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
