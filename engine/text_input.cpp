// UTF-8 in and out of a Document's text. A straight byte loop (no ICU): strict mode
// reports the first ill-formed sequence with its position, lenient mode replaces
// each maximal ill-formed subpart with U+FFFD (the Unicode "best practice", which is
// also what browsers and ICU do), so the replacement count does not depend on how
// the decoder happens to resynchronise.
#include "engine/text_input.hpp"

#include <cstdint>
#include <cstdio>

namespace argmap {
namespace {

std::string hex_bytes(std::string_view bytes, std::size_t from, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count && from + i < bytes.size(); ++i) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%s0x%02x", i ? " " : "", static_cast<unsigned char>(bytes[from + i]));
    out += buf;
  }
  return out;
}

// The well-formed second-byte range for a lead byte (Unicode Table 3-7); later
// continuation bytes are always 0x80..0xBF.
struct LeadInfo {
  int length;  // 0 = the byte cannot start a sequence
  unsigned char lo, hi;
};

LeadInfo lead_info(unsigned char b) {
  if (b < 0x80) return {1, 0, 0};
  if (b >= 0xC2 && b <= 0xDF) return {2, 0x80, 0xBF};
  if (b == 0xE0) return {3, 0xA0, 0xBF};
  if (b == 0xED) return {3, 0x80, 0x9F};
  if (b >= 0xE1 && b <= 0xEF) return {3, 0x80, 0xBF};
  if (b == 0xF0) return {4, 0x90, 0xBF};
  if (b == 0xF4) return {4, 0x80, 0x8F};
  if (b >= 0xF1 && b <= 0xF3) return {4, 0x80, 0xBF};
  return {0, 0, 0};
}

// Why the sequence starting at `at` (of which `good` bytes form a valid prefix) is bad.
std::string describe(std::string_view bytes, std::size_t at, std::size_t good) {
  const auto b = static_cast<unsigned char>(bytes[at]);
  const bool has_next = at + 1 < bytes.size();
  const auto n = has_next ? static_cast<unsigned char>(bytes[at + 1]) : 0;
  const bool next_cont = has_next && n >= 0x80 && n <= 0xBF;
  if (b >= 0x80 && b <= 0xBF) return "invalid UTF-8 byte " + hex_bytes(bytes, at, 1) + " (unexpected continuation byte)";
  if (b == 0xC0 || b == 0xC1) return "overlong UTF-8 encoding " + hex_bytes(bytes, at, next_cont ? 2 : 1);
  if (b >= 0xF5 && b <= 0xF7) return "UTF-8 sequence above U+10FFFF starting with " + hex_bytes(bytes, at, 1);
  if (b >= 0xF8) return "invalid UTF-8 byte " + hex_bytes(bytes, at, 1);
  if (good == 1 && next_cont) {
    if (b == 0xE0) return "overlong UTF-8 encoding " + hex_bytes(bytes, at, 2);
    if (b == 0xF0) return "overlong UTF-8 encoding " + hex_bytes(bytes, at, 2);
    if (b == 0xED) return "UTF-8 encoded surrogate " + hex_bytes(bytes, at, 3);
    if (b == 0xF4) return "UTF-8 sequence above U+10FFFF " + hex_bytes(bytes, at, 2);
  }
  return "truncated UTF-8 sequence " + hex_bytes(bytes, at, good);
}

}  // namespace

std::variant<std::u32string, DecodeError> decode_utf8(std::string_view bytes, bool lenient) {
  std::u32string out;
  out.reserve(bytes.size());
  std::size_t i = 0;
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF)
    i = 3;
  const std::size_t n = bytes.size();
  // Line/column are only needed for an error: track the start of the current line
  // and count code points from there when (if ever) an error happens.
  int line = 1;
  std::size_t line_start_cp = 0;
  while (i < n) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      out.push_back(b);
      ++i;
      if (b == '\n' || (b == '\r' && (i >= n || bytes[i] != '\n'))) {
        ++line;
        line_start_cp = out.size();
      }
      continue;
    }
    const LeadInfo info = lead_info(b);
    std::size_t good = info.length ? 1 : 0;  // length of the valid prefix seen so far
    char32_t cp = 0;
    if (info.length) {
      cp = b & (0x7F >> info.length);
      for (int k = 1; k < info.length; ++k) {
        if (i + k >= n) break;
        const auto c = static_cast<unsigned char>(bytes[i + k]);
        const unsigned char lo = k == 1 ? info.lo : 0x80, hi = k == 1 ? info.hi : 0xBF;
        if (c < lo || c > hi) break;
        cp = (cp << 6) | (c & 0x3F);
        ++good;
      }
    }
    if (info.length && good == static_cast<std::size_t>(info.length)) {
      out.push_back(cp);
      i += good;
      continue;
    }
    if (!lenient) {
      DecodeError e;
      e.byte_offset = i;
      e.line = line;
      e.column = static_cast<int>(out.size() - line_start_cp) + 1;
      e.message = describe(bytes, i, good);
      return e;
    }
    out.push_back(U'\uFFFD');
    i += good ? good : 1;  // one maximal subpart (a lone bad byte is its own subpart)
  }
  return out;
}

void append_utf8(std::string& out, char32_t c) {
  if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;  // not encodable: keep one code point per code point
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c <= 0x10FFFF) {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out += "\xEF\xBF\xBD";
  }
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char32_t c : text) append_utf8(out, c);
  return out;
}

}  // namespace argmap
