// LSD radix sort for the large integer arrays of tree assembly (feature counts over a
// whole document). std::sort's n log n made a ten-times-longer document take more
// than ten times as long there; radix sort is linear in the number of keys. Small
// arrays, where a comparison sort is faster, still use std::sort.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace argmap::detail {

inline constexpr std::size_t kRadixMin = 4096;  // below this, std::sort is faster

// Sorts v ascending by key(v[i]) (an unsigned integer of `bits` significant bits),
// stably, 16 bits per pass.
template <class T, class Key>
void radix_sort_by(std::vector<T>& v, Key key, unsigned bits) {
  std::vector<T> tmp(v.size());
  std::vector<std::size_t> count((1u << 16) + 1);  // on the heap: 512 KB is no stack frame
  for (unsigned shift = 0; shift < bits; shift += 16) {
    std::fill(count.begin(), count.end(), 0);
    for (const T& x : v) ++count[((key(x) >> shift) & 0xFFFFu) + 1];
    for (std::size_t i = 1; i < count.size(); ++i) count[i] += count[i - 1];
    for (const T& x : v) tmp[count[(key(x) >> shift) & 0xFFFFu]++] = x;
    v.swap(tmp);
  }
}

inline void radix_sort(std::vector<std::uint64_t>& v) {
  if (v.size() < kRadixMin) return std::sort(v.begin(), v.end());
  radix_sort_by(v, [](std::uint64_t x) { return x; }, 64);
}

// Pairs by (first, second), as std::sort orders them: the less significant key first.
inline void radix_sort(std::vector<std::pair<std::uint64_t, std::uint32_t>>& v) {
  if (v.size() < kRadixMin) return std::sort(v.begin(), v.end());
  radix_sort_by(v, [](const auto& p) { return std::uint64_t{p.second}; }, 32);
  radix_sort_by(v, [](const auto& p) { return p.first; }, 64);
}

}  // namespace argmap::detail
