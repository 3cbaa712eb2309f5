// Tests for engine/compile.cpp and engine/matcher.cpp: hand-worked tables of
// patterns against token sequences, the prefilter, the size limit, and a seeded
// randomized cross-check against the backtracking tests/reference_matcher.hpp.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <tuple>

#include "engine/fold.hpp"
#include "engine/matcher.hpp"
#include "engine/program.hpp"
#include "engine/program_data.hpp"
#include "engine/text_input.hpp"
#include "grammar/load.hpp"
#include "reference_matcher.hpp"

using namespace argmap;
namespace ast = argmap::grammar::ast;

namespace {

// ---- building ASTs by hand -------------------------------------------------
using P = ast::PatternPtr;
template <class N>
P mk(N node) {
  auto p = std::make_shared<ast::Pattern>();
  p->node = std::move(node);
  return p;
}
P lit(std::string s) { return mk(ast::Literal{std::move(s)}); }
P lex(std::string n) { return mk(ast::LexiconRef{std::move(n)}); }
P def(std::string n) { return mk(ast::DefineRef{std::move(n)}); }
P cls(ast::TokenClass c) { return mk(ast::ClassRef{c}); }
P anc(ast::Anchor a) { return mk(ast::AnchorRef{a}); }
P not_(P p) { return mk(ast::Not{std::move(p)}); }
P cap(std::string n, P p) { return mk(ast::Capture{std::move(n), std::move(p)}); }
P seq(std::vector<P> v) { return mk(ast::Sequence{std::move(v)}); }
P alt(std::vector<P> v) { return mk(ast::Alternation{std::move(v)}); }
P rep(P p, int m, int n) { return mk(ast::Repeat{std::move(p), m, n}); }
const P ANY = cls(ast::TokenClass::any);
const P LATIN = cls(ast::TokenClass::latin);
const P CJK = cls(ast::TokenClass::cjk);
const P CAP = cls(ast::TokenClass::cap);
const P NUM = cls(ast::TokenClass::num);
const P WORD = cls(ast::TokenClass::word);

struct Pack {
  ast::File file;
  Pack() { file.path = "test.rules"; }
  Pack& lexicon(std::string name, std::vector<std::string> entries) {
    ast::Lexicon l;
    l.name = std::move(name);
    l.entries = std::move(entries);
    file.lexicons.push_back(std::move(l));
    return *this;
  }
  Pack& define(std::string name, P p) {
    file.defines.push_back({{}, std::move(name), std::move(p)});
    return *this;
  }
  Pack& rule(std::string id, P p, std::string language = "any", int line = 1, int column = 1) {
    ast::Rule r;
    r.pos = {"test.rules", line, column};
    r.id = std::move(id);
    r.label = "claim";
    r.pattern = std::move(p);
    r.language = std::move(language);
    file.rules.push_back(std::move(r));
    return *this;
  }
  grammar::RuleSet set() const {
    grammar::RuleSet rs;
    rs.files.push_back(file);
    return rs;
  }
  std::shared_ptr<const Program> compile() const {
    std::vector<grammar::Diagnostic> ds;
    auto p = Program::compile(set(), ds);
    REQUIRE(p);
    REQUIRE(ds.empty());
    return p;
  }
};

// ---- building Documents by hand -------------------------------------------
struct Tok {
  std::string text;
  std::uint16_t flags;
};
Tok L(std::string s) { return {std::move(s), tok_latin}; }
Tok Cp(std::string s) { return {std::move(s), std::uint16_t(tok_latin | tok_cap)}; }
Tok C(std::string s) { return {std::move(s), tok_cjk}; }
Tok N(std::string s) { return {std::move(s), tok_num}; }
Tok Pc(std::string s) { return {std::move(s), std::uint16_t(tok_punct | tok_clause_punct)}; }  // ，、：
Tok Pe(std::string s) { return {std::move(s), tok_punct}; }                                    // 。

std::u32string u32(const std::string& s) { return std::get<std::u32string>(decode_utf8(s, true)); }

struct DocBuilder {
  Document doc;
  // Adds a sentence; a new paragraph when `new_paragraph` (or it is the first).
  DocBuilder& sentence(const std::vector<Tok>& toks, bool new_paragraph = false) {
    if (doc.paragraphs.empty() || new_paragraph) doc.paragraphs.push_back({});
    Sentence s;
    s.paragraph = static_cast<std::uint32_t>(doc.paragraphs.size() - 1);
    s.first_token = static_cast<std::uint32_t>(doc.tokens.size());
    for (const Tok& t : toks) {  // tokens side by side in doc.text, folded beside it
      const std::u32string text = u32(t.text);
      const auto start = static_cast<Offset>(doc.text.size());
      doc.text += text;
      doc.folded += fold(text);
      doc.tokens.push_back(Token{Span{start, static_cast<Offset>(doc.text.size())}, t.flags});
    }
    s.end_token = static_cast<std::uint32_t>(doc.tokens.size());
    doc.sentences.push_back(s);
    return *this;
  }
};

using Span3 = std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>;  // rule, first, end
using CapT = std::tuple<std::string, std::uint32_t, std::uint32_t>;

std::vector<Span3> spans(const std::vector<RuleMatch>& ms) {
  std::vector<Span3> out;
  for (const auto& m : ms) out.emplace_back(m.rule, m.first_token, m.end_token);
  return out;
}
std::vector<CapT> caps(const RuleMatch& m) {
  std::vector<CapT> out;
  for (const auto& c : m.captures) out.emplace_back(c.name, c.first_token, c.end_token);
  return out;
}

// One rule, one sentence: the matches.
std::vector<RuleMatch> run1(P pattern, const std::vector<Tok>& toks, Pack pack = Pack()) {
  pack.rule("t.r", std::move(pattern));
  Matcher m(pack.compile());
  DocBuilder d;
  d.sentence(toks);
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "zh", out);
  return out;
}
std::vector<Span3> spans1(P pattern, const std::vector<Tok>& toks, Pack pack = Pack()) {
  return spans(run1(std::move(pattern), toks, std::move(pack)));
}

}  // namespace

TEST_CASE("matcher: literal spans several tokens but never part of a token", "[matcher]") {
  // "事實上" written in Traditional; the text is Simplified: both fold the same way.
  REQUIRE(fold(U"事實上") == fold(U"事实上"));
  CHECK(spans1(lit("事實上"), {C("事实"), C("上"), Pc("，"), C("他")}) == std::vector<Span3>{{0, 0, 2}});
  CHECK(spans1(lit("事實上"), {C("事实上"), Pc("，")}) == std::vector<Span3>{{0, 0, 1}});
  CHECK(spans1(lit("事實上"), {C("事"), C("实"), C("上")}) == std::vector<Span3>{{0, 0, 3}});
  // Part of a token: no match at either end.
  CHECK(spans1(lit("事實"), {C("事实上")}).empty());
  CHECK(spans1(lit("實上"), {C("事实上")}).empty());
  CHECK(spans1(lit("事實上"), {C("事实"), C("上的")}).empty());
  // Latin: split on spaces, each word on its own tokens; case folded.
  CHECK(spans1(lit("according to"), {Cp("According"), L("to"), Cp("Reuters")}) == std::vector<Span3>{{0, 0, 2}});
  CHECK(spans1(lit("according to"), {L("accordingto")}).empty());
}

TEST_CASE("matcher: Traditional literal matches Simplified token and the reverse", "[matcher]") {
  REQUIRE(fold(U"說") == fold(U"说"));
  // A rule written in Traditional against Simplified text ...
  CHECK(spans1(seq({CJK, lit("說")}), {C("他"), C("说"), Pc("：")}) == std::vector<Span3>{{0, 0, 2}});
  // ... and a Simplified lexicon against Traditional text.
  Pack pk;
  pk.lexicon("say", {"表示", "说"});
  CHECK(spans1(lex("say"), {C("他"), C("說"), C("表"), C("示")}, pk) ==
        std::vector<Span3>{{0, 1, 2}, {0, 2, 4}});
}

TEST_CASE("matcher: lexicon entries with several words need token boundaries", "[matcher]") {
  Pack pk;
  pk.lexicon("acc", {"according to", "per"});
  CHECK(spans1(lex("acc"), {L("according"), L("to"), L("per")}, pk) == std::vector<Span3>{{0, 0, 2}, {0, 2, 3}});
  CHECK(spans1(lex("acc"), {L("accordingto")}, pk).empty());
  CHECK(spans1(lex("acc"), {L("accord"), L("ing"), L("to")}, pk) == std::vector<Span3>{{0, 0, 3}});
}

TEST_CASE("matcher: anchors BOS EOS BOC EOC BOP", "[matcher]") {
  const std::vector<Tok> t = {L("a"), Pc(","), L("b"), L("c")};
  CHECK(spans1(seq({anc(ast::Anchor::sentence_start), LATIN}), t) == std::vector<Span3>{{0, 0, 1}});
  CHECK(spans1(seq({LATIN, anc(ast::Anchor::sentence_end)}), t) == std::vector<Span3>{{0, 3, 4}});
  // BOC: at the start and right after the comma, not before c.
  CHECK(spans1(seq({anc(ast::Anchor::clause_start), LATIN}), t) == std::vector<Span3>{{0, 0, 1}, {0, 2, 3}});
  // EOC: a (comma follows) and c (sentence end), not b.
  CHECK(spans1(seq({LATIN, anc(ast::Anchor::clause_end)}), t) == std::vector<Span3>{{0, 0, 1}, {0, 3, 4}});
  // EOS does not skip trailing punctuation.
  CHECK(spans1(seq({LATIN, anc(ast::Anchor::sentence_end)}), {L("a"), Pe(".")}).empty());

  // BOP: sentences 0 and 1 share paragraph 0; sentence 2 opens paragraph 1.
  Pack pk;
  pk.rule("bop", seq({anc(ast::Anchor::paragraph_start), LATIN}));
  Matcher m(pk.compile());
  DocBuilder d;
  d.sentence({L("a"), L("b")}).sentence({L("c")}).sentence({L("d"), L("e")}, true);
  m.match_document(d.doc, "en");
  CHECK(spans(d.doc.matches) == std::vector<Span3>{{0, 0, 1}, {0, 3, 4}});
  CHECK(d.doc.matches[0].sentence == 0);
  CHECK(d.doc.matches[1].sentence == 2);
}

TEST_CASE("matcher: !atom consumes one token where the atom cannot start", "[matcher]") {
  // a b c: at 0 "b" does not start, so !"b" takes a and LATIN takes b.
  CHECK(spans1(seq({not_(lit("b")), LATIN}), {L("a"), L("b"), L("c")}) == std::vector<Span3>{{0, 0, 2}});
  // A literal spanning two tokens starts at 事实: the NOT fails there, holds at 上.
  CHECK(spans1(seq({not_(lit("事實上")), CJK}), {C("事实"), C("上"), C("他")}) == std::vector<Span3>{{0, 1, 3}});
  // Negated class.
  CHECK(spans1(seq({not_(CAP), CAP}), {Cp("A"), L("b"), Cp("C"), Cp("D")}) == std::vector<Span3>{{0, 1, 3}});
  // A general operand (sub-program): LATIN NUM starts at 0 (a 1), not at 1.
  CHECK(spans1(seq({not_(seq({LATIN, NUM})), ANY}), {L("a"), N("1"), L("b"), L("c")}) ==
        std::vector<Span3>{{0, 1, 3}});
  // Nested NOT: the operand (!NUM LATIN) starts where a non-number is followed by
  // a Latin token. On a b 1 c it starts at 0 (a b) only, so the outer NOT takes b
  // and WORD takes 1: [1,3); at 3 the NOT takes c but WORD has nothing left.
  CHECK(spans1(seq({not_(seq({not_(NUM), LATIN})), WORD}), {L("a"), L("b"), N("1"), L("c")}) ==
        std::vector<Span3>{{0, 1, 3}});
}

TEST_CASE("matcher: bounded repetition and longest match", "[matcher]") {
  const std::vector<Tok> five = {L("a"), L("b"), L("c"), L("d"), L("e")};
  CHECK(spans1(rep(LATIN, 2, 3), five) == std::vector<Span3>{{0, 0, 3}, {0, 3, 5}});
  CHECK(spans1(rep(lit("x"), 2, 2), {L("x"), L("x"), L("x")}) == std::vector<Span3>{{0, 0, 2}});
  // Resumes at the end of a match: LATIN LATIN on a b c is [0,2) only.
  CHECK(spans1(seq({LATIN, LATIN}), {L("a"), L("b"), L("c")}) == std::vector<Span3>{{0, 0, 2}});
  // Several non-overlapping matches.
  CHECK(spans1(seq({lit("a"), LATIN}), {L("a"), L("b"), L("a"), L("c"), L("a")}) ==
        std::vector<Span3>{{0, 0, 2}, {0, 2, 4}});
  // Leftmost beats longest: "b c d" starts later than "a b".
  CHECK(spans1(alt({seq({lit("b"), lit("c"), lit("d")}), seq({lit("a"), lit("b")})}), {L("a"), L("b"), L("c"), L("d")}) ==
        std::vector<Span3>{{0, 0, 2}});
}

TEST_CASE("matcher: alternation priority and greedy captures", "[matcher]") {
  // Same span from both alternatives: the first listed gives the captures.
  auto m = run1(alt({seq({cap("p", LATIN), LATIN}), seq({LATIN, cap("q", LATIN)})}), {L("a"), L("b")});
  REQUIRE(spans(m) == std::vector<Span3>{{0, 0, 2}});
  CHECK(caps(m[0]) == std::vector<CapT>{{"p", 0, 1}});
  // Longest wins over priority: the second alternative is longer.
  m = run1(alt({cap("x", lit("a")), cap("y", seq({lit("a"), lit("b")}))}), {L("a"), L("b")});
  REQUIRE(spans(m) == std::vector<Span3>{{0, 0, 2}});
  CHECK(caps(m[0]) == std::vector<CapT>{{"y", 0, 2}});
  // Greedy: c:LATIN? d:LATIN? "z" on a z: c takes a, d is skipped.
  m = run1(seq({rep(cap("c", LATIN), 0, 1), rep(cap("d", LATIN), 0, 1), lit("z")}), {L("a"), L("z")});
  REQUIRE(spans(m) == std::vector<Span3>{{0, 0, 2}});
  CHECK(caps(m[0]) == std::vector<CapT>{{"c", 0, 1}});
  // A lexicon with several ends from one token: the longest end has priority.
  Pack pk;
  pk.lexicon("lx", {"a", "a b"});
  m = run1(seq({cap("x", lex("lx")), rep(LATIN, 0, 1)}), {L("a"), L("b")}, pk);
  REQUIRE(spans(m) == std::vector<Span3>{{0, 0, 2}});
  CHECK(caps(m[0]) == std::vector<CapT>{{"x", 0, 2}});
  // Nested captures report in closing order; the same name repeats.
  m = run1(seq({cap("outer", seq({cap("w", LATIN), cap("w", LATIN)})), NUM}), {L("a"), L("b"), N("7")});
  REQUIRE(spans(m) == std::vector<Span3>{{0, 0, 3}});
  CHECK(caps(m[0]) == std::vector<CapT>{{"w", 0, 1}, {"w", 1, 2}, {"outer", 0, 2}});
}

TEST_CASE("matcher: defines inline, captures are document-wide, results ordered", "[matcher]") {
  Pack pk;
  pk.lexicon("say", {"said", "says"})
      .define("SRC", rep(CAP, 1, 2))
      .rule("r0", seq({cap("src", def("SRC")), cap("cue", lex("say"))}))
      .rule("r1", cap("n", NUM));
  Matcher m(pk.compile());
  DocBuilder d;
  d.sentence({N("1"), Pe(".")}).sentence({Cp("John"), Cp("Smith"), L("said"), N("2"), Pe(".")});
  m.match_document(d.doc, "en");
  // Sentence 0: r1 at [0,1). Sentence 1 (tokens 2..6): r0 at [2,5), r1 at [5,6).
  REQUIRE(spans(d.doc.matches) == std::vector<Span3>{{1, 0, 1}, {0, 2, 5}, {1, 5, 6}});
  CHECK(d.doc.matches[1].sentence == 1);
  CHECK(caps(d.doc.matches[1]) == std::vector<CapT>{{"src", 2, 4}, {"cue", 4, 5}});
  CHECK(caps(d.doc.matches[2]) == std::vector<CapT>{{"n", 5, 6}});
}

TEST_CASE("matcher: language scope", "[matcher]") {
  Pack pk;
  pk.rule("zh.r", LATIN, "zh").rule("en.r", LATIN, "en").rule("any.r", LATIN, "any");
  Matcher m(pk.compile());
  DocBuilder d;
  d.sentence({L("a")});
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "zh", out);
  CHECK(spans(out) == std::vector<Span3>{{0, 0, 1}, {2, 0, 1}});
  out.clear();
  m.match_sentence(d.doc, 0, "en", out);
  CHECK(spans(out) == std::vector<Span3>{{1, 0, 1}, {2, 0, 1}});
}

TEST_CASE("matcher: prefilter skips rules whose required atoms are absent", "[matcher]") {
  Pack pk;
  pk.lexicon("say", {"说", "表示"})
      .rule("needs.zz", seq({lit("zz"), LATIN}))            // requires zz
      .rule("needs.say", seq({CJK, lex("say")}))             // requires @say
      .rule("either", alt({lit("zz"), lex("say")}))          // requires zz or @say
      .rule("free", alt({lit("zz"), NUM}))                   // NUM branch: always runs
      .rule("optional", seq({rep(lit("zz"), 0, 1), LATIN}))  // zz optional: always runs
      .rule("both", seq({lit("zz"), CJK, lex("say")}));       // requires zz and @say
  auto prog = pk.compile();
  const auto& rules = prog->data().rules;
  CHECK_FALSE(rules[0].always_run);
  CHECK_FALSE(rules[1].always_run);
  REQUIRE(rules[2].required_clauses.size() == 1);
  CHECK(rules[2].required_clauses[0].size() == 2);
  CHECK(rules[3].always_run);
  CHECK(rules[4].always_run);
  CHECK(rules[5].required_clauses.size() == 2);
  Matcher m(prog);
  DocBuilder d;
  d.sentence({L("a"), L("b")}).sentence({L("zz"), L("b")}).sentence({C("他"), C("说")});
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "zh", out);
  CHECK(m.stats().rules_skipped == 4);
  CHECK(m.stats().rules_run == 2);
  CHECK(spans(out) == std::vector<Span3>{{4, 0, 1}, {4, 1, 2}});
  m.reset_stats();
  out.clear();
  m.match_sentence(d.doc, 1, "zh", out);
  CHECK(m.stats().rules_skipped == 2);  // needs.say, and both (zz without @say)
  CHECK(spans(out) == std::vector<Span3>{{0, 2, 4}, {2, 2, 3}, {3, 2, 3}, {4, 2, 4}});
  m.reset_stats();
  out.clear();
  m.match_sentence(d.doc, 2, "zh", out);
  CHECK(m.stats().rules_skipped == 2);  // needs.zz, and both (@say without zz)
  CHECK(spans(out) == std::vector<Span3>{{1, 4, 6}, {2, 5, 6}});
}

TEST_CASE("matcher: threads are seeded only where a rule can begin", "[matcher]") {
  Pack pk;
  pk.rule("num_a", seq({NUM, lit("a")}))                      // begins with a number
      .rule("bos_any", seq({anc(ast::Anchor::sentence_start), ANY}))  // only at the start
      .rule("not_first", seq({not_(lit("a")), lit("a")}));       // !"a": seeds everywhere
  auto prog = pk.compile();
  const auto& rules = prog->data().rules;
  CHECK_FALSE(rules[0].start_anywhere);
  CHECK(rules[0].start_tests.size() == 1);
  REQUIRE(rules[1].start_tests.size() == 1);
  CHECK(rules[1].start_tests[0].anchored);
  CHECK(rules[2].start_tests.size() == 1);  // the not_lex, decided by the VM
  DocBuilder d;
  d.sentence({L("b"), L("c"), L("d"), N("1"), L("a")});
  Matcher m(prog);
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "en", out);
  CHECK(spans(out) == std::vector<Span3>{{0, 3, 5}, {1, 0, 1}, {2, 3, 5}});
  // num_a: one seed, at "1": NUM queued, then "a" at 4, then MATCH at 5 = 3 steps.
  // bos_any: one seed, at 0: assert, ANY, MATCH = 3 steps. not_first seeds at every
  // token, so its count is the rest and not pinned here; without start tests num_a
  // alone would queue a NUM thread at each of the five tokens.
  Matcher only_num(Pack().rule("num_a", seq({NUM, lit("a")})).compile());
  out.clear();
  only_num.match_sentence(d.doc, 0, "en", out);
  CHECK(only_num.stats().vm_steps == 3);
}

TEST_CASE("matcher: closures are precomputed unless an anchor is in them", "[matcher]") {
  Pack pk;
  pk.rule("free", seq({cap("x", rep(LATIN, 0, 2)), lit("a")}))
      .rule("anchored", seq({anc(ast::Anchor::sentence_start), LATIN}))
      .rule("ends_anchored", seq({LATIN, anc(ast::Anchor::sentence_end)}));
  auto prog = pk.compile();
  const auto& rules = prog->data().rules;
  using detail::kNone;
  // free: from the entry, open x, then LATIN (twice optional) or close x and "a":
  // two items, LATIN first (the repetition is greedy), each after "open x".
  REQUIRE(rules[0].closure_begin[0] != kNone);
  REQUIRE(rules[0].closure_end[0] - rules[0].closure_begin[0] == 2);
  const auto& first_item = rules[0].closure_items[rules[0].closure_begin[0]];
  CHECK(rules[0].code[first_item.pc].op == detail::Op::cls);
  CHECK(first_item.ops_len == 1);
  const auto& second_item = rules[0].closure_items[rules[0].closure_begin[0] + 1];
  CHECK(rules[0].code[second_item.pc].op == detail::Op::lex);
  CHECK(second_item.ops_len == 2);  // open x, close x
  CHECK(rules[1].closure_begin[0] == kNone);  // BOS decides per position
  CHECK(rules[2].closure_begin[0] != kNone);  // LATIN comes before the anchor
  CHECK(rules[2].closure_begin[1] == kNone);  // after LATIN: EOS
}

TEST_CASE("matcher: an alternation of literals is one atom unless one is a prefix", "[matcher]") {
  Pack pk;
  pk.rule("set", seq({alt({lit("the"), lit("its"), lit("a b")}), LATIN}))
      .rule("prefix", seq({alt({lit("a"), lit("a b")}), LATIN}))
      .rule("spans_tokens", seq({alt({lit("ab"), lit("a bc")}), NUM}))
      .rule("run_beside_class", seq({alt({lit("the"), lit("its"), CAP, lit("a")}), LATIN}))
      .rule("two_groups", seq({alt({lit("a"), lit("b"), lit("a b"), lit("c")}), LATIN}));
  auto prog = pk.compile();
  const auto& rules = prog->data().rules;
  auto ops = [](const detail::RuleCode& rc, detail::Op op) {
    return std::count_if(rc.code.begin(), rc.code.end(), [&](const detail::Inst& i) { return i.op == op; });
  };
  CHECK(ops(rules[0], detail::Op::split) == 0);  // one LEX over {the, its, a b}
  CHECK(ops(rules[0], detail::Op::lex) == 1);
  CHECK(ops(rules[1], detail::Op::split) == 1);  // "a" is a prefix of "a b": branches kept
  CHECK(ops(rules[2], detail::Op::split) == 1);  // "ab" is a prefix of "abc" once words span tokens
  CHECK(ops(rules[3], detail::Op::split) == 2);  // {the, its} | CAP | "a": three branches
  CHECK(ops(rules[4], detail::Op::split) == 1);  // {a, b} | {a b, c}: "a b" clashes with "a"
  CHECK(ops(rules[4], detail::Op::lex) == 2);
  DocBuilder d;
  d.sentence({L("its"), L("a"), L("b"), L("c"), L("the"), L("x")});
  Matcher m(prog);
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "en", out);
  // set: "its a", then "b c"? no: "a b" "c" starts at 1 but "its a" took 0..2; next from
  // 2: "the x" at 4. prefix: "a b" + "c" (longest) at 1..4. run_beside_class: as set.
  // two_groups: from 0 "its" is none of its words; at 1 "a b" + "c" (longest) to 4.
  CHECK(spans(out) == std::vector<Span3>{{0, 0, 2}, {0, 4, 6}, {1, 1, 4}, {3, 0, 2}, {3, 4, 6}, {4, 1, 4}});
}

TEST_CASE("matcher: closure lists stay linear in the rule", "[matcher]") {
  // Each of 3000 optional parts reaches every later one without consuming: all the
  // closures together would hold about 4.5 million states.
  std::vector<P> parts;
  for (int i = 0; i < 3000; ++i) parts.push_back(rep(lit(i % 2 ? "a" : "b"), 0, 1));
  parts.push_back(NUM);
  Pack pk;
  pk.rule("many_optional", seq(parts));
  auto prog = pk.compile();
  const auto& rc = prog->data().rules[0];
  CHECK(rc.closure_items.size() <= 16 * rc.code.size() + 4096 + 256);
  DocBuilder d;
  d.sentence({L("b"), L("a"), L("b"), N("1")});
  Matcher m(prog);
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "en", out);
  CHECK(spans(out) == std::vector<Span3>{{0, 0, 4}});
}

TEST_CASE("matcher: searches jump between the places a rule can begin", "[matcher]") {
  Pack pk;
  pk.rule("lex_first", seq({lit("a"), LATIN}))
      .rule("class_first", seq({LATIN, lit("a")}))
      .rule("bos_num", seq({anc(ast::Anchor::sentence_start), NUM}));
  auto prog = pk.compile();
  const auto& rules = prog->data().rules;
  CHECK(rules[0].start_by_atoms);
  CHECK_FALSE(rules[1].start_by_atoms);
  CHECK(rules[2].start_by_atoms);
  DocBuilder d;
  d.sentence({L("a"), L("b"), L("c"), L("a"), L("d"), L("a")});
  d.sentence({N("1"), L("a"), L("b")});
  Matcher m(prog);
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "en", out);
  // lex_first at the 1st and 4th token ("a b", "a d"; the last "a" has no follower);
  // class_first at "c a" and "d a".
  CHECK(spans(out) == std::vector<Span3>{{0, 0, 2}, {0, 3, 5}, {1, 2, 4}, {1, 4, 6}});
  out.clear();
  m.match_sentence(d.doc, 1, "en", out);
  // lex_first: "a b"; class_first: nothing ("1" is no LATIN, "b" no "a"); bos_num: "1".
  CHECK(spans(out) == std::vector<Span3>{{0, 7, 9}, {2, 6, 7}});
}

TEST_CASE("matcher: threads are seeded only within reach of an atom every match holds", "[matcher]") {
  Pack pk;
  pk.rule("reach", seq({rep(LATIN, 1, 3), lit("x")}))                    // x, 1..3 tokens in
      .rule("either", alt({seq({LATIN, lit("x")}), seq({lit("y"), LATIN})}))  // x or y in every match
      .rule("maybe", seq({rep(lit("x"), 0, 1), NUM}))                     // x is optional: no window
      .rule("first", seq({lit("p q"), LATIN, lit("x")}))                   // p, q and x in every match
      .rule("span", seq({alt({lit("ab"), NUM}), lit("x")}));              // "ab" may span two tokens
  auto prog = pk.compile();
  const auto& rules = prog->data().rules;
  REQUIRE(rules[0].window_atoms.size() == 1);
  CHECK(rules[0].window_atoms[0].min_before == 1);
  CHECK(rules[0].window_atoms[0].max_before == 3);
  REQUIRE(rules[1].window_atoms.size() == 2);  // x one token in, y at the start
  CHECK(rules[1].window_atoms[0].min_before == 1);
  CHECK(rules[1].window_atoms[0].max_before == 1);
  CHECK(rules[1].window_atoms[1].min_before == 0);
  CHECK(rules[1].window_atoms[1].max_before == 0);
  CHECK(rules[2].window_atoms.empty());
  // first: of the clauses {p} (0 tokens in), {q} (1) and {x} (3), the shortest reach.
  REQUIRE(rules[3].window_atoms.size() == 1);
  CHECK(rules[3].window_atoms[0].max_before == 0);
  // span: x comes after NUM (1 token) or "ab" (1 token, or 2: "a" "b"; an entry spans
  // at most as many tokens as it has code points).
  REQUIRE(rules[4].window_atoms.size() == 1);
  CHECK(rules[4].window_atoms[0].min_before == 1);
  CHECK(rules[4].window_atoms[0].max_before == 2);
  DocBuilder d;
  d.sentence({L("a"), L("b"), L("c"), L("d"), L("e"), L("f"), L("g"), L("h"), L("x"), L("y"), L("z")});
  Matcher m(prog);
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "en", out);
  // reach: seeded at 5..7 only; the leftmost is 5 ("f g h x"). either: "h x" at 7, then
  // "y z" at 9. maybe: no NUM. first: no "p q". span: no "ab" or NUM before the x.
  CHECK(spans(out) == std::vector<Span3>{{0, 5, 9}, {1, 7, 9}, {1, 9, 11}});
}

TEST_CASE("matcher: a NOT over one-token tests is one TOK instruction", "[matcher]") {
  Pack pk;
  pk.lexicon("heads", {"Bank", "Fund"}).lexicon("months", {"May", "June"});
  pk.rule("cap_head", seq({CAP, not_(alt({not_(CAP), not_(lex("heads"))}))}))  // a capitalised head word
      .rule("cap_not_month", seq({not_(alt({not_(CAP), lex("months"), lit("The")})), CAP}))
      .rule("lower_noun", seq({not_(alt({CAP, not_(alt({lit("bank"), lit("fund")}))})), LATIN}))
      .rule("not_any", seq({not_(alt({ANY, lit("x")})), LATIN}));  // nothing is outside ANY
  auto prog = pk.compile();
  const auto& rules = prog->data().rules;
  auto ops = [](const detail::RuleCode& rc, detail::Op op) {
    return std::count_if(rc.code.begin(), rc.code.end(), [&](const detail::Inst& i) { return i.op == op; });
  };
  CHECK(ops(rules[0], detail::Op::tok) == 1);
  CHECK(ops(rules[0], detail::Op::not_sub) == 0);
  CHECK_FALSE(rules[0].always_run);  // the head word must occur: the prefilter knows it
  CHECK(ops(rules[1], detail::Op::tok) == 1);
  CHECK(rules[1].always_run);  // only atoms it must not begin
  CHECK(ops(rules[2], detail::Op::tok) == 1);
  CHECK(ops(rules[3], detail::Op::not_sub) == 1);
  DocBuilder d;
  d.sentence({Cp("The"), Cp("Royal"), Cp("Bank"), L("bank"), L("rates"), Cp("May"), Cp("Osei"), L("fund"), Cp("Kay")});
  Matcher m(prog);
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "en", out);
  // cap_head: "Royal Bank" (bank in lower case is no head). cap_not_month: not "The
  // Royal" (The), "Royal Bank" (Royal is neither), then from 3 on: "May Osei" starts
  // with a month, "Osei fund" has no CAP second, so none. lower_noun: "bank rates",
  // "fund Kay". not_any: never.
  CHECK(spans(out) == std::vector<Span3>{{0, 1, 3}, {1, 1, 3}, {2, 3, 5}, {2, 7, 9}});
}

TEST_CASE("matcher: size limit is E015 at the rule", "[matcher]") {
  Pack pk;
  pk.rule("ok", LATIN).rule("huge", rep(rep(ANY, 200, 200), 0, 200), "any", 7, 3);
  std::vector<grammar::Diagnostic> ds;
  auto p = Program::compile(pk.set(), ds);
  CHECK(p == nullptr);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].code == grammar::ErrorCode::too_large);
  CHECK(ds[0].line == 7);
  CHECK(ds[0].column == 3);
  CHECK(ds[0].file == "test.rules");
  // 20,000 instructions exactly is allowed: ANY{19999} is 19999 + MATCH.
  Pack edge;
  edge.rule("edge", rep(ANY, 19999, 19999));
  ds.clear();
  CHECK(Program::compile(edge.set(), ds) != nullptr);
  Pack over;
  over.rule("over", rep(ANY, 20000, 20000));
  CHECK(Program::compile(over.set(), ds) == nullptr);
}

TEST_CASE("matcher: unchecked input becomes diagnostics, not crashes", "[matcher]") {
  Pack pk;
  pk.define("A", seq({LATIN, def("A")})).rule("rec", def("A")).rule("unk", lex("nope"));
  std::vector<grammar::Diagnostic> ds;
  CHECK(Program::compile(pk.set(), ds) == nullptr);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].code == grammar::ErrorCode::recursive_define);
  CHECK(ds[1].code == grammar::ErrorCode::unknown_lexicon);
}

TEST_CASE("matcher: pathological repetition stays linear", "[matcher]") {
  // (ANY{0,20}){0,10} "x" over 2,000 tokens, x at 500, 1000, 1500, 1999.
  // Leftmost-longest by hand: the earliest start that reaches an x is 200 before
  // it, and the match ends just after that x:
  //   [300,501) [800,1001) [1300,1501) [1799,2000)
  Pack pk;
  pk.rule("patho", seq({rep(rep(ANY, 0, 20), 0, 10), lit("x")}));
  auto prog = pk.compile();
  Matcher m(prog);
  std::vector<Tok> toks(2000, L("a"));
  for (int i : {500, 1000, 1500, 1999}) toks[i] = L("x");
  DocBuilder d;
  d.sentence(toks);
  m.match_document(d.doc, "en");
  CHECK(spans(d.doc.matches) == std::vector<Span3>{{0, 300, 501}, {0, 800, 1001}, {0, 1300, 1501}, {0, 1799, 2000}});
  const std::uint64_t instructions = prog->data().rules[0].code.size();
  const std::uint64_t k = prog->data().max_entry_tokens;
  CHECK(instructions == 10 * (1 + 20 * 2) + 2);  // splits + ANYs, LEX, MATCH
  CHECK(m.stats().vm_steps > 0);
  CHECK(m.stats().vm_steps <= toks.size() * instructions * k);
}

TEST_CASE("matcher: empty sentences and odd indices do not crash", "[matcher]") {
  Pack pk;
  pk.rule("r", LATIN);
  Matcher m(pk.compile());
  DocBuilder d;
  d.sentence({});
  std::vector<RuleMatch> out;
  m.match_sentence(d.doc, 0, "en", out);
  m.match_sentence(d.doc, 5, "en", out);
  CHECK(out.empty());
}

// ---- through the rule parser -------------------------------------------------

TEST_CASE("matcher: rules parsed from text", "[matcher][parse]") {
  const char* src =
      "language zh;\n"
      "lexicon say = \"表示\" | \"稱\" | \"說\";\n"
      "define SOURCE = (CJK | CAP){1,8};\n"
      "rule zh.attr.say : attribution 0.9 = BOC source:SOURCE cue:@say \"：\"? content:ANY{1,120};\n"
      "rule zh.fact : report = \"事實上\" ;\n";
  auto parsed = grammar::parse_rules(src, "inline.rules");
  REQUIRE(parsed.diagnostics.empty());
  grammar::RuleSet rs;
  rs.files.push_back(parsed.file);
  std::vector<grammar::Diagnostic> ds;
  auto prog = Program::compile(rs, ds);
  REQUIRE(prog);
  REQUIRE(prog->rules().size() == 2);
  CHECK(prog->rules()[0].id == "zh.attr.say");
  CHECK(prog->rules()[0].language == "zh");
  CHECK(prog->rules()[0].weight == 0.9);
  Matcher m(prog);
  // Simplified text: 警方 表示 ： 嫌犯 已 被捕 。 / 事实 上 ， 他 称 ： 好
  DocBuilder d;
  d.sentence({C("警方"), C("表示"), Pc("："), C("嫌犯"), C("已"), C("被捕"), Pe("。")})
      .sentence({C("事实"), C("上"), Pc("，"), C("他"), C("称"), Pc("："), C("好")});
  m.match_document(d.doc, "zh");
  // Sentence 0: source 警方, cue 表示, the optional colon taken (greedy), content to
  // the end. Sentence 1 (tokens 7..13): 事实+上 is the literal; after the comma
  // (BOC at 10) source 他, cue 称 (Traditional 稱 in the rule), colon, content 好.
  REQUIRE(spans(d.doc.matches) == std::vector<Span3>{{0, 0, 7}, {0, 10, 14}, {1, 7, 9}});
  CHECK(caps(d.doc.matches[0]) == std::vector<CapT>{{"source", 0, 1}, {"cue", 1, 2}, {"content", 3, 7}});
  CHECK(caps(d.doc.matches[1]) == std::vector<CapT>{{"source", 10, 11}, {"cue", 11, 12}, {"content", 13, 14}});
  // Out of scope for English.
  m.match_document(d.doc, "en");
  CHECK(d.doc.matches.empty());
}

TEST_CASE("matcher: E015 from a loaded file renders with its line", "[matcher][parse]") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "argmap_test_matcher_e015";
  fs::create_directories(dir);
  fs::path file = dir / "big.rules";
  {
    std::ofstream out(file);
    out << "language any;\n"
           "rule small : claim = LATIN ;\n"
           "  rule big : claim = (ANY{200}){200} ;\n";
  }
  auto rs = grammar::load_rules({file.string()});
  REQUIRE(rs.ok());
  std::vector<grammar::Diagnostic> ds;
  CHECK(Program::compile(rs, ds) == nullptr);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].code == grammar::ErrorCode::too_large);
  CHECK(ds[0].line == 3);
  CHECK(ds[0].column == 8);  // the rule id
  CHECK(ds[0].source_line == "  rule big : claim = (ANY{200}){200} ;");
  fs::remove_all(dir);
}

// ---- randomized cross-check against the backtracking reference -------------

namespace {

struct Gen {
  std::mt19937 rng;
  explicit Gen(unsigned seed) : rng(seed) {}
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }

  Tok token() {
    static const std::vector<Tok> pool = {L("a"), L("b"), Cp("Ab"), L("ab"), L("c"), Cp("Bc"),
                                          N("1"), Pc("，"), Pe("。"), C("中"), C("国"), C("中国"),
                                          {"「", std::uint16_t(tok_punct | tok_open)},
                                          {"」", std::uint16_t(tok_punct | tok_close)}};
    return pool[pick(static_cast<int>(pool.size()))];
  }
  // A test of one token, or its negation: what a NOT over such tests is made of
  // (compiled to one TOK instruction, !(!CAP | @lx)).
  P one_token_test(bool allow_not) {
    static const ast::TokenClass cs[] = {ast::TokenClass::any, ast::TokenClass::latin, ast::TokenClass::cap,
                                         ast::TokenClass::num, ast::TokenClass::punct, ast::TokenClass::word};
    static const char* words[] = {"a", "ab", "b", "c", "1", "中", "中国"};
    switch (pick(allow_not ? 5 : 3)) {
      case 0: return cls(cs[pick(6)]);
      case 1: return lex(pick(2) ? "lx" : "ly");
      case 2: return lit(words[pick(7)]);
      case 3: return not_(one_token_test(false));
      default: return not_(alt({lit(words[pick(7)]), pick(2) ? lex("lx") : lex("ly")}));
    }
  }
  P atom(int depth) {
    switch (pick(depth > 0 ? 15 : 10)) {
      case 0: {
        static const char* lits[] = {"a", "ab", "a b", "b c", "中国", "中", "ab c", "1"};
        return lit(lits[pick(8)]);
      }
      case 1: return lex(pick(2) ? "lx" : "ly");
      case 2: {
        static const ast::TokenClass cs[] = {ast::TokenClass::any,   ast::TokenClass::cjk,  ast::TokenClass::latin,
                                             ast::TokenClass::cap,   ast::TokenClass::num,  ast::TokenClass::punct,
                                             ast::TokenClass::open,  ast::TokenClass::close, ast::TokenClass::word};
        return cls(cs[pick(9)]);
      }
      case 3: {
        static const ast::Anchor as[] = {ast::Anchor::sentence_start, ast::Anchor::sentence_end,
                                         ast::Anchor::paragraph_start, ast::Anchor::clause_start,
                                         ast::Anchor::clause_end};
        return anc(as[pick(5)]);
      }
      case 4: return def("D");
      case 5: return cls(ast::TokenClass::latin);
      case 6: return cls(ast::TokenClass::any);
      case 7: return cap(pick(2) ? "x" : "y", pick(2) ? lex(pick(2) ? "lx" : "ly") : ANY);
      case 8: return cap(pick(2) ? "x" : "y", rep(pick(2) ? LATIN : ANY, pick(2), 1 + pick(3)));
      case 9: {  // plain literals only: compiled as one atom when none is a prefix of another
        static const char* words[] = {"a", "ab", "a b", "b", "c", "b c", "1", "中", "中国", "国"};
        std::vector<P> v;
        for (int i = 0, n = 2 + pick(3); i < n; ++i) v.push_back(lit(words[pick(10)]));
        if (pick(2)) v.insert(v.begin() + pick(static_cast<int>(v.size()) + 1), CAP);  // a run beside a class
        return alt(v);
      }
      case 10: return not_(atom(depth - 1));
      case 11: return cap(pick(2) ? "x" : "y", pattern(depth - 1));
      case 12: {
        int m = pick(3), n = m + pick(3);
        return rep(atom(depth - 1), m, n);
      }
      case 13: {
        std::vector<P> v;
        for (int i = 0, n = 1 + pick(3); i < n; ++i) v.push_back(one_token_test(true));
        return not_(v.size() == 1 ? v.front() : alt(v));
      }
      default: return pattern(depth - 1);
    }
  }
  P pattern(int depth) {
    int kind = pick(3);
    if (kind == 0) {
      std::vector<P> v;
      for (int i = 0, n = 1 + pick(3); i < n; ++i) v.push_back(atom(depth));
      return seq(v);
    }
    if (kind == 1) {
      std::vector<P> v;
      for (int i = 0, n = 2 + pick(2); i < n; ++i) v.push_back(seq({atom(depth), atom(depth)}));
      return alt(v);
    }
    return atom(depth);
  }
};

}  // namespace

TEST_CASE("matcher: Pike VM agrees with the backtracking reference (seeded)", "[matcher][random]") {
  Gen g(20240611u);
  reference::Env env;
  // Entries that are prefixes of others (in tokens) give one atom several ends.
  env.lexicons["lx"] = {"a b", "a", "ab", "c", "中国", "中"};
  env.lexicons["ly"] = {"b", "b c", "bc a", "中", "1"};
  env.defines["D"] = rep(alt({lit("a"), CAP}), 1, 2);
  int compared = 0, nonempty = 0, ambiguous = 0;
  for (int iter = 0; iter < 600; ++iter) {
    P p = g.pattern(3);
    Pack pk;
    for (auto& [name, entries] : env.lexicons) pk.lexicon(name, entries);
    pk.define("D", env.defines["D"]);
    pk.rule("rand", p);
    std::vector<grammar::Diagnostic> ds;
    auto prog = Program::compile(pk.set(), ds);
    REQUIRE(prog);
    Matcher vm(prog);
    for (int t = 0; t < 4; ++t) {
      std::vector<Tok> pre, toks;
      for (int i = 0, n = g.pick(3); i < n; ++i) pre.push_back(g.token());
      for (int i = 0, n = g.pick(9); i < n; ++i) toks.push_back(g.token());
      bool new_par = g.pick(2);
      DocBuilder d;
      d.sentence(pre).sentence(toks, new_par);
      const std::uint32_t first = d.doc.sentences[1].first_token;
      std::vector<RuleMatch> got;
      vm.match_sentence(d.doc, 1, "zh", got);

      reference::Sentence rs;
      for (std::uint32_t i = first; i < d.doc.sentences[1].end_token; ++i) {
        rs.tokens.push_back(&d.doc.tokens[i]);
        rs.norms.push_back(d.doc.norm(d.doc.tokens[i]));
      }
      rs.paragraph_start = new_par;
      auto want = reference::Matcher(env, rs).match_all(*p);

      INFO("iteration " << iter << " sample " << t);
      REQUIRE(got.size() == want.size());
      for (std::size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].first_token - first == want[i].start);
        CHECK(got[i].end_token - first == want[i].end);
        reference::Caps vc;
        for (const auto& c : got[i].captures) vc.push_back({c.name, c.first_token - first, c.end_token - first});
        // The captures come from SOME path producing (start, end) ...
        CHECK(std::find(want[i].all.begin(), want[i].all.end(), vc) != want[i].all.end());
        // ... and indeed from the highest-priority one.
        CHECK(vc == want[i].best);
        for (const auto& other : want[i].all) ambiguous += other != want[i].best;
      }
      ++compared;
      nonempty += !want.empty();
    }
  }
  CHECK(compared == 2400);
  CHECK(nonempty > 300);  // the generator exercises real matches, not only misses
  CHECK(ambiguous > 100);  // and spans reachable by paths with different captures
}
