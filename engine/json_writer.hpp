// JsonWriter: streams JSON text into a string, formatted exactly as nlohmann::json's
// dump(indent) formats the same tree (same spacing, escapes and number forms), so the
// argmap/1 exporter can write a map without first building a DOM of it: a DOM for a
// long document costs more to allocate and free than the analysis (and freeing it
// grew faster than linearly with the text).
// It can also stream to an ostream in pieces, so a long document's map is never held
// whole (its pretty JSON is about nine times the text).
// Internal to the exporters; callers nest begin/end pairs correctly (not checked).
#pragma once
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace argmap::detail {

class JsonWriter {
 public:
  // Writes after whatever `out` already holds (a caller's line prefix).
  explicit JsonWriter(int indent, std::string out = {}) : indent_(indent), out_(std::move(out)) {}
  // Writes to `sink` in pieces of about kFlushBytes; finish() writes the last one.
  JsonWriter(int indent, std::ostream& sink) : indent_(indent), sink_(&sink) {}
  static constexpr std::size_t kFlushBytes = std::size_t{1} << 16;

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // In an object: the next member's name (its value follows).
  void key(std::string_view k);

  void string(std::string_view s);
  // A string given as code points: written as UTF-8 exactly as encode_utf8 would
  // (a surrogate or an out-of-range value becomes U+FFFD), without the copy.
  void string(std::u32string_view s);
  // An id such as "s12": a letter, then a number.
  void id(char prefix, std::uint64_t n);
  void number(std::uint64_t n);
  void number(double d);
  void null();

  // Shorthands for one member.
  void member(std::string_view k, std::string_view s) { key(k); string(s); }
  void member(std::string_view k, const char* s) { key(k); string(s); }
  void member(std::string_view k, const std::string& s) { key(k); string(s); }
  void member(std::string_view k, std::uint64_t n) { key(k); number(n); }
  void member(std::string_view k, std::uint32_t n) { key(k); number(std::uint64_t{n}); }
  void member(std::string_view k, double d) { key(k); number(d); }
  void member(std::string_view k, std::u32string_view s) { key(k); string(s); }
  void id_member(std::string_view k, char prefix, std::uint64_t n) { key(k); id(prefix, n); }
  void null_member(std::string_view k) { key(k); null(); }
  void strings_member(std::string_view k, const std::vector<std::string>& v);

  std::string take() { return std::move(out_); }
  // With a sink: writes what is still held. (Without one: nothing to do.)
  void finish();

 private:
  void open(char c);
  void close(char c);
  void element();  // before a value in an array or a key in an object
  void newline_indent(std::size_t depth);
  void write_string(std::string_view s);  // quoted and escaped, no separator
  void write_digits(std::uint64_t n);
  void flush_if_full();  // with a sink, at a container's end: hand the text over

  // The last doubles written and their text: a map repeats a few confidences many
  // times, and formatting one through nlohmann costs two allocations.
  struct CachedDouble {
    std::uint64_t bits = 0;
    std::uint8_t len = 0;  // 0 = empty slot
    char text[31];
  };
  CachedDouble doubles_[8];

  int indent_;
  std::ostream* sink_ = nullptr;
  std::string out_;
  std::vector<std::uint32_t> counts_;  // elements so far, per open container
  bool after_key_ = false;
};

}  // namespace argmap::detail
