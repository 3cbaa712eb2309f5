// Hostile inputs, table-driven: every one gives a map or a clear error value,
// within a time bound, through the same Engine the command line uses.
// The two huge cases of the issue (a 50 MB single line, a million one-character
// paragraphs) run through `argmap batch` in tests/cli/batch_hostile.sh.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include <unistd.h>

#include "engine/export.hpp"
#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"

namespace fs = std::filesystem;
using namespace argmap;

namespace {

const Engine& shipped_engine() {
  static const std::shared_ptr<const Engine> engine = [] {
    std::vector<grammar::Diagnostic> diags;
    auto e = Engine::load({shipped_rules_dir()}, diags);
    REQUIRE(e);
    return e;
  }();
  return *engine;
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Generous bounds: they hold under the sanitizers too; a hang or a quadratic blow-up breaks them.
constexpr double kSecondsPerCase = 20.0;

struct TextCase {
  const char* name;
  std::string bytes;
  bool lenient;
  std::optional<std::size_t> length;  // code points when a map is expected; nullopt = an error
  const char* error_code;             // the expected error code (when length is nullopt)
  const char* message_part;           // a piece the message must contain (what and where)
};

}  // namespace

TEST_CASE("hostile text: a map or a clear error, in bounded time", "[hostile]") {
  const std::u32string rtl_emoji =
      U"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627. \u202eabc\u202c \u200f"
      U"\U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F1F9\U0001F1FC \U0001F44D\U0001F3FD!";
  const std::string open10k = repeat("(", 10000) + "text. more text.";
  const std::string corner_nest = repeat("\u300c", 10000) + "x" + repeat("\u300d", 10000);
  const std::string mixed_unclosed = repeat("\u201c[\u300e", 10000) + "One. Two? Three!";
  const std::string paragraphs = repeat("a\n", 20000);

  const std::vector<TextCase> cases = {
      {"empty file", "", false, 0, "", ""},
      {"whitespace only", " \t\n\n   \n\t", false, 9, "", ""},
      {"invalid UTF-8", "Good start.\xff", false, std::nullopt, "invalid_utf8", "byte offset 11"},
      {"invalid UTF-8, lenient", "Good start.\xff", true, 12, "", ""},
      {"truncated sequence at the end", "abc\xe4\xb8", false, std::nullopt, "invalid_utf8", "byte offset 3"},
      {"NUL bytes", std::string("One\0two. Three.\0", 16), false, 16, "", ""},
      {"lone surrogate encoded in UTF-8", "x\xed\xa0\x80y", false, std::nullopt, "invalid_utf8", "byte offset 1"},
      {"surrogate pair encoded separately (CESU-8)", "\xed\xa0\xbd\xed\xb8\x80", false, std::nullopt,
       "invalid_utf8", "byte offset 0"},
      {"overlong encoding", "a\xc0\xaf", false, std::nullopt, "invalid_utf8", "byte offset 1"},
      {"right-to-left text and emoji", encode_utf8(rtl_emoji), false, rtl_emoji.size(), "", ""},
      {"10,000 brackets never closed", open10k, false, open10k.size(), "", ""},
      {"corner quotes nested 10,000 deep", corner_nest, false, 20001, "", ""},
      {"mixed quotes and brackets 10,000 deep, never closed", mixed_unclosed, false, 30000 + 16, "", ""},
      {"20,000 one-character paragraphs", paragraphs, false, 40000, "", ""},
  };
  for (const auto& c : cases) {
    SECTION(c.name) {
      const auto t0 = std::chrono::steady_clock::now();
      AnalyzeOptions options;
      options.lenient_utf8 = c.lenient;
      auto result = shipped_engine().analyze(c.bytes, "hostile", options);
      if (c.length) {
        const Document* doc = std::get_if<Document>(&result);
        REQUIRE(doc);
        CHECK(doc->text.size() == *c.length);
        const std::string json = to_json(*doc, -1);
        CHECK(json.rfind("{\"schema\":\"argmap/1\"", 0) == 0);
        if (doc->text.size() < 1000000) {  // streamed in pieces (as analyze prints it), the same text
          std::ostringstream streamed;
          write_json(streamed, *doc, -1);
          CHECK(streamed.str() == json);
        }
      } else {
        const AnalyzeError* err = std::get_if<AnalyzeError>(&result);
        REQUIRE(err);
        CHECK(err->code == c.error_code);
        CHECK(err->message.find(c.message_part) != std::string::npos);
      }
      CHECK(seconds_since(t0) < kSecondsPerCase);
    }
  }
}

TEST_CASE("hostile text: whitespace and empty input have no sentences", "[hostile]") {
  for (const std::string bytes : {std::string(), std::string(" \t\n\n   \n\t")}) {
    auto result = shipped_engine().analyze(bytes, "hostile");
    const Document* doc = std::get_if<Document>(&result);
    REQUIRE(doc);
    CHECK(doc->sentences.empty());
    CHECK(doc->argument.nodes.empty());
  }
}

namespace {

struct RuleCase {
  const char* name;
  std::string source;
  std::optional<grammar::ErrorCode> error;  // nullopt: loads
};

std::string fixed_width_alternatives(const char* head, int n) {
  std::string s = head;
  char word[16];
  for (int i = 0; i < n; ++i) {
    std::snprintf(word, sizeof word, "\"w%05d\"", i);
    s += (i ? " | " : "") + std::string(word);
  }
  return s + ";\n";
}

std::string alternatives(const char* head, int n, const char* after_each = "") {
  std::string s = head;
  for (int i = 0; i < n; ++i) s += (i ? " | \"w" : "\"w") + std::to_string(i) + "\"" + after_each;
  return s + ";\n";
}

}  // namespace

TEST_CASE("hostile rule files: a program or a diagnostic, in bounded time", "[hostile]") {
  const std::vector<RuleCase> cases = {
      // Plain literals of one width, none a prefix of another: one atom, however many.
      {"10,000 literal alternatives", fixed_width_alternatives("rule h.wide : claim = ", 10000), std::nullopt},
      // w1 is a prefix of w10: consecutive words are grouped until one would clash
      // (w0..w9, w10..w99 less the clashes, ...), a few hundred atoms: it compiles.
      {"10,000 literals, some prefixes of others", alternatives("rule h.wide : claim = ", 10000), std::nullopt},
      // Each alternative "wN" ANY costs a split, a literal, a class and a jump: about
      // 40,000 instructions, over the 20,000 limit, so E015 rather than a huge program.
      {"10,000 alternatives", alternatives("rule h.wide : claim = ", 10000, " ANY"), grammar::ErrorCode::too_large},
      // 4,000 of them are about 16,000 instructions: under the limit, it compiles.
      {"4,000 alternatives", alternatives("rule h.wide : claim = ", 4000, " ANY"), std::nullopt},
      // A lexicon is one atom however many entries it has.
      {"a lexicon of 10,000 entries", alternatives("lexicon hwide = ", 10000) + "rule h.lex : claim = @hwide;\n",
       std::nullopt},
      {"200-deep nesting", "rule h.deep : claim = " + repeat("(", 200) + "\"x\"" + repeat(")", 200) + ";\n",
       grammar::ErrorCode::syntax},
      {"100-deep nesting", "rule h.deep : claim = " + repeat("(", 100) + "\"x\"" + repeat(")", 100) + ";\n",
       std::nullopt},
      {"a rule that could match the empty string", "rule h.empty : claim = \"x\"? ANY{0,3};\n",
       grammar::ErrorCode::empty_match},
      {"an anchor alone", "rule h.anchor : claim = BOS;\n", grammar::ErrorCode::empty_match},
      {"an empty literal", "rule h.lit : claim = \"\";\n", grammar::ErrorCode::empty_match},
  };
  const fs::path dir = fs::temp_directory_path() / ("argmap_hostile_" + std::to_string(::getpid()));
  for (const auto& c : cases) {
    SECTION(c.name) {
      fs::remove_all(dir);
      fs::create_directories(dir);
      std::ofstream(dir / "h.rules", std::ios::binary) << c.source;
      const auto t0 = std::chrono::steady_clock::now();
      std::vector<grammar::Diagnostic> diags;
      auto engine = Engine::load({dir.string()}, diags);
      if (c.error) {
        CHECK_FALSE(engine);
        bool found = false;
        for (const auto& d : diags) found = found || (d.code == *c.error && !d.message.empty() && d.line >= 1);
        CHECK(found);
      } else {
        CHECK(engine);
        CHECK_FALSE(grammar::has_errors(diags));
        if (engine) {
          auto r = engine->analyze("w5 w4999 x.", "hostile");
          CHECK(std::holds_alternative<Document>(r));
        }
      }
      CHECK(seconds_since(t0) < kSecondsPerCase);
      fs::remove_all(dir);
    }
  }
}
