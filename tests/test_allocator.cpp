// keep_freed_memory_for_reuse (engine/allocator.hpp): a large block freed by one
// document stays in the process for the next one (glibc only; elsewhere a no-op).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <cstring>

#include "engine/allocator.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Under AddressSanitizer malloc is the sanitizer's own: glibc's settings and counters
// do not apply, so there is nothing to observe.
#if defined(__SANITIZE_ADDRESS__)
#define ARGMAP_GLIBC_MALLOC 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARGMAP_GLIBC_MALLOC 0
#endif
#endif
#if !defined(ARGMAP_GLIBC_MALLOC)
#if defined(__GLIBC__)
#define ARGMAP_GLIBC_MALLOC 1
#else
#define ARGMAP_GLIBC_MALLOC 0
#endif
#endif

TEST_CASE("allocator: memory a document freed is kept for the next", "[allocator]") {
#if ARGMAP_GLIBC_MALLOC
  argmap::keep_freed_memory_for_reuse();
  // 8 MB: above glibc's default mmap threshold (128 KB to start with), so by default
  // it would be mapped on its own and unmapped on free, leaving nothing free in the heap.
  constexpr std::size_t kBlock = 8u << 20;
  const std::size_t free_before = mallinfo2().fordblks;
  void* p = std::malloc(kBlock);
  REQUIRE(p);
  std::memset(p, 1, kBlock);  // touch it: the pages exist
  std::free(p);
  CHECK(mallinfo2().fordblks >= free_before + kBlock);
#else
  argmap::keep_freed_memory_for_reuse();  // only must not fail (another allocator)
  SUCCEED("not glibc's malloc here: nothing to observe");
#endif
}

TEST_CASE("allocator: return_freed_memory hands the kept memory back", "[allocator]") {
#if ARGMAP_GLIBC_MALLOC
  argmap::keep_freed_memory_for_reuse();
  constexpr std::size_t kBlock = 8u << 20;
  void* p = std::malloc(kBlock);
  REQUIRE(p);
  std::memset(p, 1, kBlock);
  std::free(p);
  const std::size_t kept = mallinfo2().fordblks;
  REQUIRE(kept >= kBlock);  // as in the test above: kept in the heap
  argmap::return_freed_memory();
  // The freed block was the heap's top: trimming gives at least most of it back.
  CHECK(mallinfo2().fordblks + kBlock / 2 <= kept);
#else
  argmap::return_freed_memory();  // only must not fail (another allocator)
  SUCCEED("not glibc's malloc here: nothing to observe");
#endif
}
