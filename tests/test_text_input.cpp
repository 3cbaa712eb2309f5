// decode_utf8 / encode_utf8: each class of ill-formed UTF-8 with its exact position,
// lenient replacement of maximal subparts, BOM handling, round trips.
#include <catch2/catch.hpp>

#include "engine/text_input.hpp"

using argmap::decode_utf8;
using argmap::DecodeError;
using argmap::encode_utf8;

namespace {

DecodeError error_of(std::string_view bytes) {
  auto r = decode_utf8(bytes);
  REQUIRE(std::holds_alternative<DecodeError>(r));
  return std::get<DecodeError>(r);
}

std::u32string text_of(std::string_view bytes, bool lenient = false) {
  auto r = decode_utf8(bytes, lenient);
  REQUIRE(std::holds_alternative<std::u32string>(r));
  return std::get<std::u32string>(r);
}

}  // namespace

TEST_CASE("decode_utf8 decodes well-formed text of every length", "[text_input]") {
  CHECK(text_of("a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80") == U"a\u00E9\u4E2D\U0001F600");
  CHECK(text_of("") == U"");
  CHECK(text_of("\xF4\x8F\xBF\xBF") == U"\U0010FFFF");
  CHECK(text_of("\xED\x9F\xBF") == U"\uD7FF");  // just below the surrogates
}

TEST_CASE("decode_utf8 keeps NUL bytes", "[text_input]") {
  const std::string bytes("a\0b\0", 4);
  const std::u32string expected(U"a\0b\0", 4);
  CHECK(text_of(bytes) == expected);
}

TEST_CASE("decode_utf8 drops exactly one leading BOM", "[text_input]") {
  CHECK(text_of("\xEF\xBB\xBFhi") == U"hi");
  CHECK(text_of("\xEF\xBB\xBF\xEF\xBB\xBFhi") == U"\uFEFFhi");
  CHECK(text_of("h\xEF\xBB\xBFi") == U"h\uFEFFi");
}

TEST_CASE("strict decoding reports a bad lead byte with its position", "[text_input]") {
  const auto e = error_of("ab\n\xFF" "c");
  CHECK(e.byte_offset == 3);
  CHECK(e.line == 2);
  CHECK(e.column == 1);
  CHECK(e.message.find("0xff") != std::string::npos);
}

TEST_CASE("strict decoding reports a stray continuation byte", "[text_input]") {
  const auto e = error_of("x\x80");
  CHECK(e.byte_offset == 1);
  CHECK(e.line == 1);
  CHECK(e.column == 2);
  CHECK(e.message.find("0x80") != std::string::npos);
  CHECK(e.message.find("continuation") != std::string::npos);
}

TEST_CASE("strict decoding reports a truncated sequence", "[text_input]") {
  // U+4E2D is three bytes, so the truncated sequence starts at byte 3, column 2.
  const auto e = error_of("\xE4\xB8\xAD\xE4\xB8");
  CHECK(e.byte_offset == 3);
  CHECK(e.line == 1);
  CHECK(e.column == 2);
  CHECK(e.message.find("truncated") != std::string::npos);
  CHECK(e.message.find("0xe4 0xb8") != std::string::npos);

  const auto e2 = error_of("\xE4\xB8" "a");  // interrupted by ASCII
  CHECK(e2.byte_offset == 0);
  CHECK(e2.message.find("truncated") != std::string::npos);
}

TEST_CASE("strict decoding reports overlong encodings", "[text_input]") {
  const auto a = error_of("ok\xC0\xAF");
  CHECK(a.byte_offset == 2);
  CHECK(a.column == 3);
  CHECK(a.message.find("overlong") != std::string::npos);
  CHECK(a.message.find("0xc0 0xaf") != std::string::npos);

  const auto b = error_of("\xE0\x80\xAF");
  CHECK(b.byte_offset == 0);
  CHECK(b.message.find("overlong") != std::string::npos);
  CHECK(b.message.find("0xe0 0x80") != std::string::npos);

  const auto c = error_of("\xF0\x80\x80\xAF");
  CHECK(c.message.find("overlong") != std::string::npos);
}

TEST_CASE("strict decoding reports encoded surrogates", "[text_input]") {
  const auto e = error_of("a\nbc\xED\xA0\x80");
  CHECK(e.byte_offset == 4);
  CHECK(e.line == 2);
  CHECK(e.column == 3);
  CHECK(e.message.find("surrogate") != std::string::npos);
  CHECK(e.message.find("0xed 0xa0 0x80") != std::string::npos);
}

TEST_CASE("strict decoding reports code points above U+10FFFF", "[text_input]") {
  const auto a = error_of("\xF4\x90\x80\x80");
  CHECK(a.byte_offset == 0);
  CHECK(a.message.find("10FFFF") != std::string::npos);
  CHECK(a.message.find("0xf4 0x90") != std::string::npos);
  const auto b = error_of("z\xF5\x80\x80\x80");
  CHECK(b.byte_offset == 1);
  CHECK(b.message.find("10FFFF") != std::string::npos);
}

TEST_CASE("line and column count CRLF and CR once and columns in code points", "[text_input]") {
  // a \r \n | b \r | c 0xff  -> line 3, after one code point
  const auto e = error_of("a\r\nb\rc\xFF");
  CHECK(e.byte_offset == 6);
  CHECK(e.line == 3);
  CHECK(e.column == 2);
  // Two Han characters (6 bytes) before the bad byte: column 3.
  const auto f = error_of("\xE4\xB8\xAD\xE6\x96\x87\xFF");
  CHECK(f.byte_offset == 6);
  CHECK(f.column == 3);
  // The byte offset counts the BOM (it is an offset into the input).
  const auto g = error_of("\xEF\xBB\xBF\xFF");
  CHECK(g.byte_offset == 3);
  CHECK(g.column == 1);
}

TEST_CASE("lenient decoding replaces each maximal ill-formed subpart", "[text_input]") {
  // F0 9F 98 is a valid prefix cut short: one replacement.
  CHECK(text_of("a\xF0\x9F\x98" "b", true) == U"a\uFFFDb");
  // C0 can never start a sequence, AF alone is a stray continuation: two.
  CHECK(text_of("\xC0\xAF", true) == U"\uFFFD\uFFFD");
  // ED A0 80: ED only allows 80..9F next, so ED, A0, 80 are three subparts.
  CHECK(text_of("\xED\xA0\x80", true) == U"\uFFFD\uFFFD\uFFFD");
  CHECK(text_of("\xF4\x90\x80\x80", true) == U"\uFFFD\uFFFD\uFFFD\uFFFD");
  // The Unicode Standard's example: E1 80 | E2 | F0 91 92 | F1 BF | 41.
  CHECK(text_of("\xE1\x80\xE2\xF0\x91\x92\xF1\xBF\x41", true) == U"\uFFFD\uFFFD\uFFFD\uFFFDA");
  CHECK(text_of("\xFF\xFE", true) == U"\uFFFD\uFFFD");
  CHECK(text_of("ok", true) == U"ok");
}

TEST_CASE("encode_utf8 is the inverse of decode_utf8", "[text_input]") {
  const std::string bytes("n\0\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9", 18);
  const auto text = text_of(bytes);
  CHECK(text.size() == 7);
  CHECK(encode_utf8(text) == bytes);
  CHECK(encode_utf8(U"\U0010FFFF") == "\xF4\x8F\xBF\xBF");
  CHECK(encode_utf8(U"") == "");
}
