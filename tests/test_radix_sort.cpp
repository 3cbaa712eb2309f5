// engine/radix_sort.hpp: the same order as std::sort, above and below the size where
// it switches to radix passes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "engine/radix_sort.hpp"

using namespace argmap::detail;

TEST_CASE("radix_sort orders 64-bit keys as std::sort does", "[radix]") {
  std::mt19937_64 rng(42);
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{100}, kRadixMin - 1, kRadixMin, std::size_t{50000}}) {
    std::vector<std::uint64_t> v(n);
    // Full-width keys, with duplicates and keys that differ only in high bits.
    for (std::size_t i = 0; i < n; ++i) v[i] = (i % 3 == 0) ? (rng() % 50) << 48 : rng();
    auto expected = v;
    std::sort(expected.begin(), expected.end());
    radix_sort(v);
    CHECK(v == expected);
  }
}

TEST_CASE("radix_sort orders (feature, paragraph) pairs by first, then second", "[radix]") {
  std::mt19937_64 rng(7);
  for (std::size_t n : {std::size_t{10}, std::size_t{60000}}) {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> v(n);
    for (auto& p : v) p = {rng() % 1000 + (rng() % 2 ? 0 : std::uint64_t{1} << 60), static_cast<std::uint32_t>(rng())};
    auto expected = v;
    std::sort(expected.begin(), expected.end());
    radix_sort(v);
    CHECK(v == expected);
  }
}
