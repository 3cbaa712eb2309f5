// Turning bytes into a Document's text: UTF-8 validation and decoding.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace argmap {

struct DecodeError {
  std::size_t byte_offset = 0;  // of the first bad byte
  int line = 1;                 // 1-based line of that byte
  int column = 1;               // 1-based column (code points) of that byte
  std::string message;          // e.g. "invalid UTF-8 byte 0xff"
};

// Decodes UTF-8 and drops one leading BOM. Strict: the first invalid sequence
// (including encoded surrogates and overlongs) is an error. Lenient: each invalid
// sequence becomes U+FFFD, so no text is silently lost and offsets stay defined.
std::variant<std::u32string, DecodeError> decode_utf8(std::string_view bytes, bool lenient = false);

std::string encode_utf8(std::u32string_view text);

// Appends one code point as UTF-8; a surrogate or a value past U+10FFFF becomes U+FFFD.
void append_utf8(std::string& out, char32_t c);

}  // namespace argmap
