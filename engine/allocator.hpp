// Allocator settings for programs that analyze document after document (the argmap
// CLI, the benchmark). Process-wide, so a program opts in; the library never calls it.
#pragma once

namespace argmap {

// Keeps memory freed by one document for the next instead of handing it back to the
// operating system. By default glibc unmaps large blocks and trims the heap on free, so
// each large document paid again for page faults on memory the previous one had just
// released: about a tenth of the time of a 3 MB document, which made analysis time grow
// faster than the text. Peak memory is unchanged (it is the largest document's). A
// no-op where the C library is not glibc.
void keep_freed_memory_for_reuse();

// Hands every freed block back to the operating system, so the next allocation starts
// as in a fresh process. For measurements that compare documents of different sizes:
// blocks above glibc's largest mmap threshold (32 MB) are never kept, so without this a
// small document reuses warm memory and a large one does not. A no-op off glibc.
void return_freed_memory();

}  // namespace argmap
