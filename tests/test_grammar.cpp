// Tests for grammar/: table tests (rule source -> canonical AST dump), diagnostics
// (codes, positions, recovery, limits), and golden diagnostics: every
// tests/golden/diagnostics/NAME.rules is loaded and its rendered diagnostics must equal
// NAME.expect byte for byte (.expect files were written by hand from the spec).
#include <catch2/catch.hpp>

#include "tests/temp_dir.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "grammar/ast_printer.hpp"
#include "grammar/load.hpp"

namespace fs = std::filesystem;
using namespace argmap::grammar;

namespace {

// The pattern of the only rule in `source`, dumped; fails the test on any diagnostic.
std::string pattern_of(const std::string& source) {
  ParseResult r = parse_rules(source, "t.rules");
  std::string diags;
  for (const auto& d : r.diagnostics) diags += render(d);
  INFO(diags);
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.file.rules.size() == 1);
  return dump(r.file.rules[0].pattern);
}

std::string rule_pattern(const std::string& pattern) {
  return pattern_of("rule t : claim = " + pattern + ";");
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

using argmap::testing::TempDir;

std::vector<std::string> codes(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> out;
  for (const auto& d : ds) out.push_back(code_name(d.code));
  return out;
}

}  // namespace

TEST_CASE("grammar: pattern table", "[grammar]") {
  struct Row { const char* source; const char* dump; };
  const Row rows[] = {
      {R"("a")", R"(lit"a")"},
      {R"("according to")", R"(lit"according to")"},
      {R"("事實上")", R"(lit"事實上")"},
      {R"("a" "b")", R"(seq(lit"a" lit"b"))"},
      {R"("a" | "b" "c")", R"(alt(lit"a" seq(lit"b" lit"c")))"},
      {R"(("a" | "b") "c")", R"(seq(alt(lit"a" lit"b") lit"c"))"},
      {R"(((("a"))))", R"(lit"a")"},
      {R"("a" (@say | CJK{1,3}) src:ANY)", R"(seq(lit"a" alt(@say CJK{1,3}) cap:src(ANY)))"},
      {"@say", "@say"},
      {"SOURCE", "def:SOURCE"},
      {"ANYX", "def:ANYX"},  // keywords end at a word boundary
      {"ANY CJK LATIN CAP NUM PUNCT OPEN CLOSE WORD", "seq(ANY CJK LATIN CAP NUM PUNCT OPEN CLOSE WORD)"},
      {"BOS BOP BOC EOC EOS ANY", "seq(BOS BOP BOC EOC EOS ANY)"},
      {"!PUNCT", "not(PUNCT)"},
      {"!PUNCT{1,3}", "not(PUNCT){1,3}"},  // ! binds tighter than a quantifier
      {"!(\"a\" | \"b\")", R"(not(alt(lit"a" lit"b")))"},
      {"src:CAP{1,3}", "cap:src(CAP{1,3})"},  // a capture takes the quantified item
      {"(a:\"x\"){2}", R"(cap:a(lit"x"){2,2})"},
      {"\"x\"?", R"(lit"x"{0,1})"},
      {"\"x\"{3}", R"(lit"x"{3,3})"},
      {"\"x\"{2,5}", R"(lit"x"{2,5})"},
      {"\"x\" { 2 , 5 }", R"(lit"x"{2,5})"},
      {R"("a\"b\\c")", R"(lit"a\"b\\c")"},
      {"\"a\" # a comment\n \"b\"", R"(seq(lit"a" lit"b"))"},
      {"\"x\"+", R"(lit"x"{1,})"},  // kept for the checker (E005)
      {"\"x\"*", R"(lit"x"{0,})"},
      {"\"x\"{2,}", R"(lit"x"{2,})"},
  };
  for (const auto& row : rows) {
    INFO(row.source);
    CHECK(rule_pattern(row.source) == row.dump);
  }
}

TEST_CASE("grammar: statements fill the AST", "[grammar]") {
  const std::string src =
      "\xEF\xBB\xBF"  // a byte-order mark is ignored
      "language zh;\n"
      "include \"common/lexicons.rules\";\n"
      "lexicon say = \"表示\" | \"稱\" | \"說\";\n"
      "lexicon title = file \"titles.txt\";\n"
      "define SOURCE = (CJK | CAP){1,8};\n"
      "rule zh.attr.say : attribution 0.9 = BOC source:SOURCE cue:@say \"：\"? content:ANY{1,120};\n"
      "rule zh.x : claim.stance = CJK;\n";
  ParseResult r = parse_rules(src, "x.rules");
  REQUIRE(r.diagnostics.empty());
  const ast::File& f = r.file;
  CHECK(f.path == "x.rules");
  CHECK(f.language == "zh");
  REQUIRE(f.includes.size() == 1);
  CHECK(f.includes[0].path == "common/lexicons.rules");
  CHECK(f.includes[0].pos.line == 2);
  CHECK(f.includes[0].pos.column == 9);
  REQUIRE(f.lexicons.size() == 2);
  CHECK(f.lexicons[0].name == "say");
  CHECK(f.lexicons[0].entries == std::vector<std::string>{"表示", "稱", "說"});
  CHECK_FALSE(f.lexicons[0].file);
  CHECK(f.lexicons[1].file == std::optional<std::string>("titles.txt"));
  CHECK(f.lexicons[1].entries.empty());
  REQUIRE(f.defines.size() == 1);
  CHECK(f.defines[0].name == "SOURCE");
  CHECK(dump(f.defines[0].pattern) == "alt(CJK CAP){1,8}");
  REQUIRE(f.rules.size() == 2);
  const ast::Rule& a = f.rules[0];
  CHECK(a.id == "zh.attr.say");
  CHECK(a.label == "attribution");
  CHECK(a.weight == Approx(0.9));
  CHECK(a.language == "zh");
  CHECK(a.pos.line == 6);
  CHECK(a.pos.column == 6);
  CHECK(a.label_pos.column == 20);
  CHECK(a.weight_pos.column == 32);
  CHECK(dump(a.pattern) ==
        R"(seq(BOC cap:source(def:SOURCE) cap:cue(@say) lit"："{0,1} cap:content(ANY{1,120})))");
  CHECK(dump(a) == "rule zh.attr.say : attribution 0.9 = " + dump(a.pattern));
  CHECK(f.rules[1].label == "claim.stance");
  CHECK(f.rules[1].weight == 1.0);
}

TEST_CASE("grammar: positions are code points", "[grammar]") {
  // 「表示」 is 3 code points but 9 bytes: @x must be at column 23, not 29.
  ParseResult r = parse_rules("rule a : claim = \"表示\" @x;", "t.rules");
  REQUIRE(r.diagnostics.empty());
  const auto& seq = std::get<ast::Sequence>(r.file.rules[0].pattern->node);
  CHECK(seq.items[0]->pos.column == 18);
  CHECK(seq.items[1]->pos.column == 23);
}

TEST_CASE("grammar: syntax errors recover at the next ';'", "[grammar][diagnostics]") {
  ParseResult r = parse_rules(
      "rule a : claim = ( \"x\" ;\n"
      "rule ok : claim = \"fine\";\n"
      "rule b : claim = \"y\" ] ;\n"
      "lexicon l = \"a\" | ;\n"
      "bogus;\n"
      "rule c : claim = \"z\"??;\n"
      "rule d : claim = \"unterminated;\n"
      "rule e : claim = \"after\";\n"  // swallowed: the next ';' after line 7's error ends it
      "rule f : claim = \"last\";\n",
      "t.rules");
  REQUIRE(r.diagnostics.size() == 6);
  std::vector<std::pair<int, int>> at;
  for (const auto& d : r.diagnostics) {
    CHECK(d.code == ErrorCode::syntax);
    at.emplace_back(d.line, d.column);
  }
  CHECK(at == std::vector<std::pair<int, int>>{{1, 24}, {3, 22}, {4, 19}, {5, 1}, {6, 22}, {7, 32}});
  CHECK(r.diagnostics[0].message == "expected ')'");
  CHECK(r.diagnostics[1].message == "expected ';' after rule");
  CHECK(r.diagnostics[2].message == "expected a quoted entry after '|'");
  CHECK(r.diagnostics[3].message ==
        "expected a statement (rule, define, lexicon, include or language)");
  CHECK(r.diagnostics[4].message == "expected one quantifier per atom (group to nest: (x?){2})");
  CHECK(r.diagnostics[5].message == "expected a closing '\"' on the same line");
  // The good statements around the broken ones survive.
  REQUIRE(r.file.rules.size() == 2);
  CHECK(r.file.rules[0].id == "ok");
  CHECK(r.file.rules[1].id == "f");
}

TEST_CASE("grammar: language must come first and keywords cannot be defined", "[grammar][diagnostics]") {
  ParseResult r = parse_rules("rule a : claim = \"x\";\nlanguage en;\ndefine ANY = \"x\";\n", "t.rules");
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].line == 2);
  CHECK(r.diagnostics[0].column == 1);
  CHECK(r.diagnostics[0].message == "'language' must be the first statement of a file");
  CHECK(r.diagnostics[1].line == 3);
  CHECK(r.diagnostics[1].column == 8);
}

TEST_CASE("grammar: deep nesting is refused cleanly, 100 levels parse", "[grammar][limits]") {
  const std::string ok = "rule a : claim = " + std::string(100, '(') + "\"x\"" + std::string(100, ')') + ";";
  CHECK(pattern_of(ok) == R"(lit"x")");

  const std::string deep = "rule a : claim = " + std::string(200, '(') + "\"x\"" + std::string(200, ')') +
                           ";\nrule b : claim = \"y\";\n";
  ParseResult r = parse_rules(deep, "t.rules");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == ErrorCode::syntax);
  CHECK(r.diagnostics[0].message == "nesting too deep: at most 100 levels of parentheses");
  CHECK(r.diagnostics[0].line == 1);
  CHECK(r.diagnostics[0].column == 18 + 100);  // the 101st '('
  REQUIRE(r.file.rules.size() == 1);
  CHECK(r.file.rules[0].id == "b");
}

TEST_CASE("grammar: 10,000 alternatives", "[grammar][limits]") {
  std::string src = "rule wide : claim = ";
  for (int i = 0; i < 10000; ++i) src += (i ? " | \"w" : "\"w") + std::to_string(i) + "\"";
  src += ";";
  ParseResult r = parse_rules(src, "t.rules");
  REQUIRE(r.diagnostics.empty());
  REQUIRE(r.file.rules.size() == 1);
  const auto& alt = std::get<ast::Alternation>(r.file.rules[0].pattern->node);
  REQUIRE(alt.alternatives.size() == 10000);
  CHECK(std::get<ast::Literal>(alt.alternatives[9999]->node).text == "w9999");
}

TEST_CASE("grammar: garbage never throws and always terminates", "[grammar][limits]") {
  std::mt19937 rng(12345);
  const std::string alphabet = "rule define lexicon include language file : = ; | ( ) { } , ? * + ! @ \" \\ # \n"
                               "ANY BOS x 1 0.5 \xE8\xAA\x8D \xFF";
  for (int n = 0; n < 500; ++n) {
    std::string src;
    const int len = static_cast<int>(rng() % 80);
    for (int i = 0; i < len; ++i) src += alphabet[rng() % alphabet.size()];
    CHECK_NOTHROW(parse_rules(src, "fuzz.rules"));
  }
}

TEST_CASE("grammar: code_name, render, has_errors", "[grammar][diagnostics]") {
  CHECK(code_name(ErrorCode::syntax) == "E001");
  CHECK(code_name(ErrorCode::unbounded_repetition) == "E005");
  CHECK(code_name(ErrorCode::invalid_utf8) == "E017");

  Diagnostic d;
  d.code = ErrorCode::bad_weight;
  d.file = "a/b.rules";
  d.line = 3;
  d.column = 4;
  d.message = "weight 2 is outside [0, 1]";
  d.source_line = "\t表x2";
  // The tab is copied into the caret line; 表 counts as one column.
  CHECK(render(d) ==
        "a/b.rules:3:4: error[E012]: weight 2 is outside [0, 1]\n"
        "    \t表x2\n"
        "    \t  ^\n");

  // A 300-character line is cut to 120 code points around column 200 (140..259), with
  // "..." on both sides; the caret sits 3 + 60 places into the window.
  Diagnostic wide = d;
  wide.column = 200;
  wide.source_line = std::string(139, 'a') + std::string(120, 'b') + std::string(41, 'c');
  std::string want = "a/b.rules:3:200: error[E012]: weight 2 is outside [0, 1]\n    ...";
  want.append(120, 'b');
  want += "...\n";
  want.append(4 + 3 + 60, ' ');
  want += "^\n";
  CHECK(render(wide) == want);

  Diagnostic whole;
  whole.code = ErrorCode::include_not_found;
  whole.file = "nowhere";
  whole.message = "cannot read rules file or directory 'nowhere'";
  CHECK(render(whole) == "nowhere: error[E008]: cannot read rules file or directory 'nowhere'\n");

  CHECK_FALSE(has_errors({}));
  Diagnostic w = d;
  w.severity = Severity::warning;
  CHECK_FALSE(has_errors({w}));
  CHECK(has_errors({w, d}));
}

TEST_CASE("grammar: load_rules follows includes and lexicon files", "[grammar][load]") {
  TempDir dir;
  dir.write("common/lex.rules", "lexicon say = \"said\";\nlexicon title = file \"titles.txt\";\n");
  dir.write("common/titles.txt", "\xEF\xBB\xBF# titles\n\n  president \r\nminister\n# not me\n");
  dir.write("en/a.rules", "language en;\ninclude \"../common/lex.rules\";\nrule en.a : attribution = @say @title;\n");
  dir.write("en/b.rules", "include \"../common/lex.rules\";\nrule en.b : claim = @say;\n");
  dir.write("en/notes.txt", "not a rules file");

  RuleSet rs = load_rules({(dir.root / "en").generic_string()});
  INFO(codes(rs.diagnostics).size());
  REQUIRE(rs.diagnostics.empty());
  CHECK(rs.ok());
  // Includes first, each file once, directory entries sorted.
  REQUIRE(rs.files.size() == 3);
  CHECK(fs::path(rs.files[0].path).filename() == "lex.rules");
  CHECK(fs::path(rs.files[1].path).filename() == "a.rules");
  CHECK(fs::path(rs.files[2].path).filename() == "b.rules");
  CHECK(rs.files[0].lexicons[1].entries == std::vector<std::string>{"president", "minister"});
  CHECK(rs.files[1].rules[0].language == "en");
  CHECK(rs.files[2].rules[0].language == "any");
}

TEST_CASE("grammar: semantic checks", "[grammar][load]") {
  TempDir dir;
  const std::string f = dir.write(
      "c.rules",
      "language fr;\n"                                 // E013
      "lexicon l = \"a\";\n"
      "lexicon l = \"b\";\n"                           // E004
      "lexicon e = file \"empty.txt\";\n"              // E014
      "lexicon m = file \"missing.txt\";\n"            // E008 (and no E014)
      "define A = \"a\" B;\n"
      "define B = A;\n"                                // E011 at A
      "define A = \"c\";\n"                            // E004
      "rule r1 : claim = Nope \"x\"{0,201} BAD:ANY;\n" // E010, E006, E001
      "rule r2 : claim 0.5 = @l \"\";\n");            // E007 (empty literal)
  dir.write("empty.txt", "# only a comment\n\n");
  RuleSet rs = load_rules({f});
  CHECK_FALSE(rs.ok());
  CHECK(codes(rs.diagnostics) == std::vector<std::string>{"E008", "E013", "E004", "E014", "E011",
                                                         "E004", "E010", "E006", "E001", "E007"});
  for (const auto& d : rs.diagnostics) {
    INFO(render(d));
    CHECK(d.line > 0);
    CHECK_FALSE(d.source_line.empty());
  }
  // E011 points at the reference that closes the cycle: `A` in `define B = A;`.
  CHECK(rs.diagnostics[4].line == 7);
  CHECK(rs.diagnostics[4].column == 12);
  CHECK(rs.diagnostics[4].message ==
        "recursive define: A -> B -> A (defines are inlined, so they cannot recurse)");
}

TEST_CASE("grammar: missing root path and invalid UTF-8 lexicon", "[grammar][load]") {
  RuleSet rs = load_rules({"/nonexistent/argmap/none.rules"});
  REQUIRE(rs.diagnostics.size() == 1);
  CHECK(rs.diagnostics[0].code == ErrorCode::include_not_found);
  CHECK(rs.diagnostics[0].line == 0);

  TempDir dir;
  const std::string f = dir.write("l.rules", "lexicon t = file \"t.txt\";\nrule a : entity = @t;\n");
  dir.write("t.txt", "ok\nab\xC0\xAF\n");  // an overlong '/'
  rs = load_rules({f});
  REQUIRE(rs.diagnostics.size() == 1);
  CHECK(rs.diagnostics[0].code == ErrorCode::invalid_utf8);
  CHECK(fs::path(rs.diagnostics[0].file).filename() == "t.txt");
  CHECK(rs.diagnostics[0].line == 2);
  CHECK(rs.diagnostics[0].column == 3);
}

TEST_CASE("grammar: golden diagnostics", "[grammar][golden]") {
  const fs::path dir = fs::path(ARGMAP_SOURCE_DIR) / "tests" / "golden" / "diagnostics";
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".rules") cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 12);
  const std::string prefix = dir.generic_string() + "/";
  for (const auto& c : cases) {
    RuleSet rs = load_rules({c.generic_string()});
    std::string got;
    for (const auto& d : rs.diagnostics) got += render(d);
    // Paths in diagnostics are as given; make them relative to the golden folder.
    for (std::size_t at; (at = got.find(prefix)) != std::string::npos;) got.erase(at, prefix.size());
    fs::path expect = c;
    expect.replace_extension(".expect");
    INFO(c.filename().string());
    CHECK(got == read(expect));
  }
}
