// Tests for engine/json_writer.cpp: the streamed text must equal what nlohmann::json
// prints for the same tree (the format argmap/1 has always been written in), for
// pretty and compact output, empty and nested containers, escapes and numbers.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "engine/json_writer.hpp"

using argmap::detail::JsonWriter;
using ojson = nlohmann::ordered_json;

namespace {

// Writes `j` through JsonWriter, recursively (the oracle's own tree as the script).
void write(JsonWriter& w, const ojson& j) {
  if (j.is_object()) {
    w.begin_object();
    for (const auto& [k, v] : j.items()) {
      w.key(k);
      write(w, v);
    }
    w.end_object();
  } else if (j.is_array()) {
    w.begin_array();
    for (const auto& v : j) write(w, v);
    w.end_array();
  } else if (j.is_string()) {
    w.string(j.get<std::string>());
  } else if (j.is_number_unsigned()) {
    w.number(j.get<std::uint64_t>());
  } else if (j.is_number_float()) {
    w.number(j.get<double>());
  } else {
    w.null();
  }
}

std::string streamed(const ojson& j, int indent) {
  JsonWriter w(indent);
  write(w, j);
  return w.take();
}

}  // namespace

TEST_CASE("json writer: same text as nlohmann for pretty and compact output", "[json]") {
  ojson j = ojson::object();
  j["schema"] = "argmap/1";
  j["empty_array"] = ojson::array();
  j["empty_object"] = ojson::object();
  j["numbers"] = {0u, 7u, 4294967295u, 0.5, 1.0, 0.92, 1e-05, 0.1 + 0.2};
  j["nested"] = {{"a", ojson::array({ojson::array({1u, 2u}), ojson::array()})}, {"b", nullptr}};
  j["escapes"] = std::string("quote \" backslash \\ tab \t nl \n cr \r ff \f bs \b ctl \x01\x1f del \x7f");
  j["unicode"] = "\xE5\x83\xB9\xE6\xA0\xBC\xE3\x80\x8C\xE4\xB8\x8A\xE3\x80\x8D \xF0\x9F\x98\x80";
  j["list"] = ojson::array({ojson::object(), ojson({{"k", "v"}})});
  for (int indent : {2, -1, 4, 0}) {
    INFO("indent " << indent);
    CHECK(streamed(j, indent) == j.dump(indent));
  }
}

TEST_CASE("json writer: top-level scalars and empty containers", "[json]") {
  CHECK(streamed(ojson::array(), 2) == "[]");
  CHECK(streamed(ojson::object(), 2) == "{}");
  CHECK(streamed(ojson("x"), -1) == "\"x\"");
  CHECK(streamed(ojson(nullptr), 2) == "null");
  JsonWriter w(-1);
  w.begin_object();
  w.member("a", std::uint32_t{3});
  w.null_member("b");
  w.strings_member("c", {"x", "y"});
  w.end_object();
  CHECK(w.take() == R"({"a":3,"b":null,"c":["x","y"]})");
}

TEST_CASE("json writer: code-point strings are written as UTF-8, escaped as byte strings are", "[json]") {
  JsonWriter w(-1);
  w.begin_array();
  // U+00E9 is C3 A9, U+20AC is E2 82 AC, U+1F600 is F0 9F 98 80; a quote, a
  // backslash, a newline and U+0001 take their escapes.
  w.string(std::u32string_view(U"a\u00e9\u20ac\U0001F600\"\\\n\x01"));
  // A lone surrogate and a value past U+10FFFF cannot be encoded: each becomes U+FFFD
  // (EF BF BD), one per code point.
  const char32_t bad[] = {0xD800, 0x110000};
  w.string(std::u32string_view(bad, 2));
  w.string(std::u32string_view());
  w.end_array();
  CHECK(w.take() ==
        "[\"a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\\\"\\\\\\n\\u0001\","
        "\"\xEF\xBF\xBD\xEF\xBF\xBD\",\"\"]");
}

TEST_CASE("json writer: ids and repeated numbers", "[json]") {
  JsonWriter w(-1);
  w.begin_object();
  w.id_member("id", 's', 12);
  w.key("ids");
  w.begin_array();
  w.id('e', 1);
  w.id('n', 1000000);
  w.end_array();
  w.key("confidences");  // the same value twice (the second from the writer's cache), then another
  w.begin_array();
  w.number(0.75);
  w.number(0.75);
  w.number(0.5);
  w.number(0.75);
  w.end_array();
  w.end_object();
  CHECK(w.take() == R"({"id":"s12","ids":["e1","n1000000"],"confidences":[0.75,0.75,0.5,0.75]})");
}

TEST_CASE("json writer: streamed to an ostream in pieces, the same text", "[json]") {
  // Large enough to be handed over several times (each element is about 30 bytes).
  ojson j = ojson::object();
  j["schema"] = "argmap/1";
  ojson items = ojson::array();
  for (std::uint64_t i = 0; i < 20000; ++i) items.push_back({{"id", i}, {"text", "sentence"}});
  j["items"] = items;
  j["tail"] = ojson::array();
  for (int indent : {2, -1}) {
    INFO("indent " << indent);
    const std::string want = j.dump(indent);
    REQUIRE(want.size() > 4 * JsonWriter::kFlushBytes);
    std::ostringstream sink;
    JsonWriter w(indent, sink);
    write(w, j);
    // Most was handed over before the end, in order: what the sink holds is a prefix
    // of the text, and at most a piece and one element short of it.
    CHECK(sink.str().size() + JsonWriter::kFlushBytes + 64 >= want.size());
    CHECK(want.compare(0, sink.str().size(), sink.str()) == 0);
    w.finish();
    CHECK(sink.str() == want);
  }
}
