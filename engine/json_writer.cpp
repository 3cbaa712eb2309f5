// JsonWriter (see engine/json_writer.hpp). The format follows nlohmann::json's
// serializer: pretty output puts each element on its own line, indented by depth,
// "key": value with one space; empty containers stay "{}" / "[]"; compact output has
// no spaces at all. Strings keep UTF-8 as is and escape only '"', '\\' and control
// characters (\b \t \n \f \r, else \u00xx). Doubles go through nlohmann's own number
// formatting, the one place where matching it by hand would be fragile.
#include "engine/json_writer.hpp"

#include <charconv>
#include <cstdio>
#include <cstring>
#include <nlohmann/json.hpp>
#include <ostream>

namespace argmap::detail {

void JsonWriter::newline_indent(std::size_t depth) {
  out_ += '\n';
  out_.append(depth * static_cast<std::size_t>(indent_), ' ');
}

void JsonWriter::element() {
  if (after_key_) {  // a member's value: its key already placed it
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;  // the top-level value
  if (counts_.back()++ > 0) out_ += ',';
  if (indent_ >= 0) newline_indent(counts_.size());
}

void JsonWriter::open(char c) {
  element();
  out_ += c;
  counts_.push_back(0);
}

void JsonWriter::close(char c) {
  const bool had_elements = counts_.back() > 0;
  counts_.pop_back();
  if (had_elements && indent_ >= 0) newline_indent(counts_.size());
  out_ += c;
  flush_if_full();
}

void JsonWriter::flush_if_full() {
  if (sink_ && out_.size() >= kFlushBytes) {
    sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
    out_.clear();
  }
}

void JsonWriter::finish() {
  if (sink_ && !out_.empty()) sink_->write(out_.data(), static_cast<std::streamsize>(out_.size()));
  out_.clear();
}

void JsonWriter::key(std::string_view k) {
  element();
  write_string(k);
  out_ += indent_ >= 0 ? ": " : ":";
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  element();
  write_string(s);
}

namespace {

// The escape of an ASCII byte that needs one ('"', '\\', control characters), else null.
const char* ascii_escape(unsigned char c, char (&buf)[8]) {
  switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\b': return "\\b";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\f': return "\\f";
    case '\r': return "\\r";
    default:
      if (c >= 0x20) return nullptr;
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      return buf;
  }
}

bool plain(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }

// Whether any of the eight bytes of w may need an escape: a control character, '"' or
// '\\' (the classic zero-byte tests, exact for the first such byte and at worst
// alarmed by a byte after it; bytes of multi-byte UTF-8 never alarm). Text is mostly
// plain, so runs of it are skipped eight bytes at a time.
bool may_need_escape(std::uint64_t w) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  auto has_zero = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
  return ((w - 0x20 * ones) & ~w & highs) || has_zero(w ^ ('"' * ones)) || has_zero(w ^ ('\\' * ones));
}

}  // namespace

void JsonWriter::write_string(std::string_view s) {
  out_ += '"';
  // Runs of bytes that need no escape are appended whole: nearly all of a map's text.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (s.size() - i >= 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (!may_need_escape(w)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    ++i;
    if (plain(c)) continue;
    out_.append(s.data() + run, i - 1 - run);
    char buf[8];
    out_ += ascii_escape(c, buf);
    run = i;
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
}

void JsonWriter::string(std::u32string_view s) {
  element();
  // Written in place: at most 6 bytes per code point (an escape such as \u001f).
  const std::size_t at = out_.size();
  out_.resize(at + 6 * s.size() + 2);
  char* o = out_.data() + at;
  *o++ = '"';
  for (char32_t c : s) {
    if (c < 0x80) {
      const auto b = static_cast<unsigned char>(c);
      if (plain(b)) {
        *o++ = static_cast<char>(b);
      } else {
        char buf[8];
        for (const char* e = ascii_escape(b, buf); *e; ++e) *o++ = *e;
      }
      continue;
    }
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;  // as encode_utf8
    if (c < 0x800) {
      *o++ = static_cast<char>(0xC0 | (c >> 6));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *o++ = static_cast<char>(0xE0 | (c >> 12));
      *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      *o++ = static_cast<char>(0xF0 | (c >> 18));
      *o++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      *o++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  *o++ = '"';
  out_.resize(static_cast<std::size_t>(o - out_.data()));
}

void JsonWriter::write_digits(std::uint64_t n) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, n);
  out_.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

void JsonWriter::number(std::uint64_t n) {
  element();
  write_digits(n);
}

void JsonWriter::id(char prefix, std::uint64_t n) {
  element();
  out_ += '"';
  out_ += prefix;
  write_digits(n);
  out_ += '"';
}

void JsonWriter::number(double d) {
  element();
  std::uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  CachedDouble& slot = doubles_[(bits ^ (bits >> 29) ^ (bits >> 47)) & 7];
  if (slot.len && slot.bits == bits) {
    out_.append(slot.text, slot.len);
    return;
  }
  const std::string text = nlohmann::json(d).dump();
  out_ += text;
  if (text.size() < sizeof slot.text) {
    slot.bits = bits;
    slot.len = static_cast<std::uint8_t>(text.size());
    std::memcpy(slot.text, text.data(), text.size());
  }
}

void JsonWriter::null() {
  element();
  out_ += "null";
}

void JsonWriter::strings_member(std::string_view k, const std::vector<std::string>& v) {
  key(k);
  begin_array();
  for (const auto& s : v) string(s);
  end_array();
}

}  // namespace argmap::detail
