// The audit (engine/audit.hpp) and its exporters. Each finding kind is checked on a
// small English text analyzed with a tiny rule pack of its own, so what is tested is
// the audit's use of the map and of rule labels, not the shipped rules; the tree is
// built by hand where the argument stage would need a long text. Then the seed article
// with the shipped packs: its two repeated passages, four captions (one an opinion)
// and its rhetorical questions, worked out by reading it.
#include <catch2/catch.hpp>

#include "tests/shipped.hpp"
#include "tests/temp_dir.hpp"

#include <algorithm>
#include <sstream>

#include "engine/audit.hpp"
#include "engine/export_audit.hpp"
#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"

using namespace argmap;

namespace {

std::shared_ptr<const Engine> engine_for(const std::string& pack) {
  const testing::TempDir dir("argmap_audit_test");
  dir.write("pack.rules", pack);
  std::vector<grammar::Diagnostic> diags;
  auto engine = Engine::load({dir.root.string()}, diags);
  for (const auto& d : diags) INFO(grammar::render(d));
  REQUIRE(engine);
  return engine;
}

struct Run {
  std::shared_ptr<const Engine> engine;
  Document doc;
  Audit audit;
};

Run run(const std::string& pack, const std::string& text, const std::string& lang = "en") {
  auto engine = engine_for(pack);
  auto result = engine->analyze(text, "test", AnalyzeOptions{lang, false});
  REQUIRE(std::holds_alternative<Document>(result));
  Document doc = std::get<Document>(std::move(result));
  Audit a = audit(doc, engine->program());
  return Run{engine, std::move(doc), std::move(a)};
}

std::vector<const Finding*> of_kind(const Audit& a, FindingKind k) {
  std::vector<const Finding*> out;
  for (const auto& f : a.findings)
    if (f.kind == k) out.push_back(&f);
  return out;
}

std::string str(const Document& doc, Span s) { return encode_utf8(doc.slice(s)); }
std::string text_of(const Document& doc, std::uint32_t s) { return str(doc, doc.sentences[s].span); }

using Ids = std::vector<std::uint32_t>;

}  // namespace

TEST_CASE("audit: shares of sentences and characters per type", "[audit]") {
  const auto r = run(R"R(rule t.stance : claim.stance 0.9 = "clearly";)R",
                     "Clearly the plan failed. The bridge opened in May. Rain fell. Clearly rain helps.");
  REQUIRE(r.doc.sentences.size() == 4);
  CHECK(r.audit.total_sentences == 4);
  CHECK(r.audit.share(SentenceType::claim) == Approx(0.5));
  CHECK(r.audit.share(SentenceType::report) == Approx(0.5));
  CHECK(r.audit.share(SentenceType::attribution) == 0.0);
  // "Clearly the plan failed." 24 + "Clearly rain helps." 19 = 43 of 24 + 25 + 10 + 19 = 78.
  CHECK(r.audit.total_characters == 78);
  CHECK(r.audit.char_share(SentenceType::claim) == Approx(43.0 / 78));
}

TEST_CASE("audit: an empty document has zero shares and no findings", "[audit]") {
  const auto r = run(R"R(rule t.stance : claim.stance 0.9 = "clearly";)R", "   \n");
  CHECK(r.audit.total_sentences == 0);
  CHECK(r.audit.share(SentenceType::claim) == 0.0);
  CHECK(r.audit.findings.empty());
  CHECK_FALSE(r.audit.thesis);
}

TEST_CASE("audit: certainty markers and hedges come from claim.* labels, in the author's voice only", "[audit]") {
  const auto r = run(R"R(
    rule t.clear : claim.certainty 0.9 = "clearly";
    rule t.cert : claim.certainty 0.9 = "undoubtedly";
    rule t.frame : claim.stance 0.9 = "frankly";
    rule t.hedge : claim.hedge 0.7 = "perhaps";
    rule t.spec : claim.speculation 0.9 = "perhaps" "he" "thinks";
    rule t.eval : claim.evaluation 0.7 = "bad";
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,20};
  )R", "Clearly the plan failed. Undoubtedly it will fail again. Perhaps he thinks it works. "
       "Ortiz said it clearly failed. The plan is bad. Frankly it is bad.");
  REQUIRE(r.doc.sentences.size() == 6);
  const auto certain = of_kind(r.audit, FindingKind::certainty_marker);
  REQUIRE(certain.size() == 2);  // "Frankly" frames an opinion; it states no certainty
  CHECK(certain[0]->sentences == Ids{0});
  REQUIRE(certain[0]->marks.size() == 1);
  CHECK(str(r.doc, certain[0]->marks[0]) == "Clearly");
  CHECK(certain[0]->rules == std::vector<std::string>{"t.clear"});
  CHECK(certain[1]->sentences == Ids{1});
  CHECK(certain[1]->rules == std::vector<std::string>{"t.cert"});
  // "clearly" inside what Ortiz said is his certainty, not the author's: no finding for s4.

  const auto hedges = of_kind(r.audit, FindingKind::hedge);
  REQUIRE(hedges.size() == 1);
  CHECK(hedges[0]->sentences == Ids{2});
  // The hedge and the speculation rule cover overlapping words: one mark, both rules.
  REQUIRE(hedges[0]->marks.size() == 1);
  CHECK(str(r.doc, hedges[0]->marks[0]) == "Perhaps he thinks");
  CHECK(hedges[0]->rules.size() == 2);
  // An evaluation is an opinion but neither certain nor hedged.
  CHECK(r.doc.sentences[4].type == SentenceType::claim);
  for (const auto* f : certain) CHECK(f->sentences != Ids{4});
  for (const auto* f : hedges) CHECK(f->sentences != Ids{4});
}

TEST_CASE("audit: vague sources: anonymous rules, unnamed and missing sources", "[audit]") {
  const auto r = run(R"R(
    rule t.gloss : entity.gloss 0.9 = name:CAP "(" alias:CAP{1,3} ")";
    rule t.said : attribution 0.8 = BOS source:(!"said"){1,6} cue:"said" content:ANY{1,30};
    rule t.vague : attribution.anonymous 0.8 = BOS cue:"Reportedly" content:ANY{1,30};
  )R", "Ortiz (Ana Ortiz) said the plan works. Reportedly the talks failed. Critics said the plan is weak. "
       "Officials in Rome said the plan works. Ortiz said taxes rose.");
  REQUIRE(r.doc.sentences.size() == 5);
  REQUIRE(r.doc.attributions.size() == 5);
  const auto vague = of_kind(r.audit, FindingKind::vague_source);
  REQUIRE(vague.size() == 2);
  // s2: the anonymous rule says so; s3: "Critics" is capitalised only by position.
  CHECK(vague[0]->sentences == Ids{1});
  CHECK(vague[0]->rules == std::vector<std::string>{"t.vague"});
  CHECK(vague[0]->message.find("anonymous") != std::string::npos);
  CHECK(vague[1]->sentences == Ids{2});
  CHECK(vague[1]->message.find("Critics") != std::string::npos);
  REQUIRE(vague[1]->marks.size() == 2);
  CHECK(str(r.doc, vague[1]->marks[0]) == "Critics");
  CHECK(str(r.doc, vague[1]->marks[1]) == "said");
  // s4 names a place (a capitalised word past the first), s1 and s5 an entity: not vague.
}

TEST_CASE("audit: rhetorical questions are claims in question form", "[audit]") {
  const auto r = run(R"R(
    rule t.q : question.mark 0.8 = "?" EOS;
    rule t.said : attribution 0.9 = BOS source:CAP cue:"asked" content:ANY{1,20} EOS;
  )R", "Who pays for it? Taxes rose. Ortiz asked whether taxes rose.");
  const auto q = of_kind(r.audit, FindingKind::rhetorical_question);
  REQUIRE(q.size() == 1);
  CHECK(q[0]->sentences == Ids{0});
}

TEST_CASE("audit: repeated passages, a caption repeated in the body, runs joined, short repeats ignored",
          "[audit]") {
  const auto r = run(R"R(rule t.credit : caption.credit 1.0 = BOS OPEN CAP CLOSE EOS;)R",
                     "The bridge opened in May.\n\n"
                     "The minister cut the ribbon at noon. (Reuters)\n\n"
                     "The Minister cut the ribbon, at noon! Traffic was light. Traffic was light. Yes. Yes.\n\n"
                     "Alpha beta gamma delta. Epsilon zeta eta theta. Something else here. "
                     "Alpha beta gamma delta. Epsilon zeta eta theta.");
  // s0 | s1 caption, s2 credit | s3 s4 s5 s6 s7 | s8 s9 s10 s11 s12
  REQUIRE(r.doc.sentences.size() == 13);
  REQUIRE(r.doc.paragraphs[1].kind == ParagraphKind::caption);
  const auto rep = of_kind(r.audit, FindingKind::repeated_passage);
  REQUIRE(rep.size() == 3);
  // Case and punctuation do not matter; the caption's sentence is named as such.
  CHECK(rep[0]->sentences == Ids{1, 3});
  CHECK(rep[0]->message.find("(caption)") != std::string::npos);
  CHECK(rep[1]->sentences == Ids{4, 5});
  // Two sentences repeated together are one passage.
  CHECK(rep[2]->sentences == Ids{8, 9, 11, 12});
  CHECK(rep[2]->message.find("passage of 2 sentences") != std::string::npos);
  // "(Reuters)" is a meta sentence and "Yes." is too short: neither is reported.
}

TEST_CASE("audit: captions, and the ones that state an opinion", "[audit]") {
  const auto r = run(R"R(
    rule t.credit : caption.credit 1.0 = BOS OPEN CAP CLOSE EOS;
    rule t.stance : claim.stance 0.9 = "clearly";
  )R", "Clearly the plan failed. (Reuters)\n\nA crowd at the bridge. (AP)\n\nClearly the body is no caption.");
  REQUIRE(r.audit.captions.size() == 2);
  CHECK(r.audit.captions[0].opinion);
  CHECK(r.audit.captions[0].sentences == Ids{0, 1});
  CHECK_FALSE(r.audit.captions[1].opinion);
  const auto op = of_kind(r.audit, FindingKind::opinion_caption);
  REQUIRE(op.size() == 1);
  CHECK(op[0]->sentences == Ids{0});
}

TEST_CASE("audit: undated facts only where the text dates some fact", "[audit]") {
  const std::string pack = R"R(
    rule t.iso : meta.date 1.0 = BOS LATIN year:NUM "-" month:NUM "-" day:NUM EOS;
    rule t.yday : date.offset.m1 0.8 = "yesterday";
    rule t.stance : claim.stance 0.9 = "clearly";
  )R";
  const auto r = run(pack, "date 2025-12-03\nThe bridge opened yesterday. Rain fell. Clearly it was bad. Cars crossed.");
  // Facts: "The bridge opened yesterday." (dated), "Rain fell.", "Cars crossed." (undated).
  REQUIRE(r.doc.facts.size() == 3);
  const auto undated = of_kind(r.audit, FindingKind::undated_fact);
  REQUIRE(undated.size() == 2);
  CHECK(undated[0]->sentences == Ids{2});
  CHECK(undated[1]->sentences == Ids{4});
  CHECK(undated[0]->message.find("2025-12-02") != std::string::npos);

  const auto none = run(pack, "The bridge opened. Rain fell.");
  CHECK(of_kind(none.audit, FindingKind::undated_fact).empty());
}

TEST_CASE("audit: unsupported claims and the thesis's support, on a tree built by hand", "[audit]") {
  auto engine = engine_for(R"R(rule t.stance : claim.stance 0.9 = "clearly";)R");
  auto result = engine->analyze("One. Two. Three. Four. Five.", "test", AnalyzeOptions{"en", false});
  REQUIRE(std::holds_alternative<Document>(result));
  Document doc = std::get<Document>(std::move(result));
  REQUIRE(doc.sentences.size() == 5);
  auto node = [](NodeRole role, std::uint32_t s, std::optional<std::uint32_t> parent, Relation rel) {
    ArgumentNode n;
    n.role = role;
    n.sentences = {s};
    n.parent = parent;
    n.relation = rel;
    return n;
  };
  // n0 thesis <- n1 claim (support) <- n2 evidence (support); n0 <- n3 claim (support);
  // n0 <- n4 claim (attack). n3 and n4 have nothing under them.
  doc.argument.thesis = 0;
  doc.argument.nodes = {node(NodeRole::thesis, 0, std::nullopt, Relation::none),
                        node(NodeRole::claim, 1, 0, Relation::support), node(NodeRole::evidence, 2, 1, Relation::support),
                        node(NodeRole::claim, 3, 0, Relation::support), node(NodeRole::claim, 4, 0, Relation::attack)};
  const Audit a = audit(doc, engine->program());
  const auto un = of_kind(a, FindingKind::unsupported_claim);
  REQUIRE(un.size() == 2);
  CHECK(un[0]->sentences == Ids{3});
  CHECK(un[1]->sentences == Ids{4});
  REQUIRE(a.thesis);
  CHECK(a.thesis->sentences == Ids{0});
  CHECK(a.thesis->support == 3);
  CHECK(a.thesis->attack == 1);
  CHECK(a.thesis->evidence == 1);
  CHECK(a.thesis->direct == 3);

  // A thesis with only an attack under it stands unsupported itself.
  doc.argument.nodes = {node(NodeRole::thesis, 0, std::nullopt, Relation::none),
                        node(NodeRole::claim, 1, 0, Relation::attack)};
  const Audit b = audit(doc, engine->program());
  const auto un2 = of_kind(b, FindingKind::unsupported_claim);
  REQUIRE(un2.size() == 2);
  CHECK(un2[0]->sentences == Ids{0});
  CHECK(un2[0]->message.find("the thesis") == 0);
}

TEST_CASE("audit exporters: HTML escapes the text, JSON names kinds and shares", "[audit][export]") {
  const auto r = run(R"R(rule t.clear : claim.certainty 0.9 = "clearly";)R",
                     "Clearly </script><script>alert(1)</script> and <b>bold</b> & <!-- end.");
  const std::string html = to_html(r.doc, r.audit);
  // Only the page's own two scripts close; the text's tags never appear as markup.
  std::size_t closes = 0;
  for (auto at = html.find("</script>"); at != std::string::npos; at = html.find("</script>", at + 1)) ++closes;
  CHECK(closes == 2);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<!-- end") == std::string::npos);
  CHECK(html.find("\\u003c/script\\u003e") != std::string::npos);
  CHECK(html.find("\\u003cb\\u003ebold") != std::string::npos);
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("http://") == std::string::npos);
  CHECK(html.find("https://") == std::string::npos);

  const std::string json = audit_to_json(r.doc, r.audit, -1);
  CHECK(json.find("\"schema\":\"argmap-audit/1\"") != std::string::npos);
  CHECK(json.find("\"shares\":{\"claim\":1.0,\"report\":0.0,\"attribution\":0.0,\"meta\":0.0}") != std::string::npos);
  CHECK(json.find("\"kind\":\"certainty_marker\",\"sentences\":[\"s1\"]") != std::string::npos);

  const std::string text = audit_to_text(r.doc, r.audit, false);
  CHECK(text.find("\x1b[") == std::string::npos);  // no colour when not asked
  CHECK(audit_to_text(r.doc, r.audit, true).find("\x1b[") != std::string::npos);
}

namespace {

const Run& seed() {
  static const Run r = [] {
    auto engine = testing::shipped_engine();
    Document doc = testing::analyze_shipped(testing::seed_text());
    Audit a = audit(doc, engine->program());
    return Run{engine, std::move(doc), std::move(a)};
  }();
  return r;
}

}  // namespace

TEST_CASE("audit seed: two captions repeated in the body", "[audit][seed]") {
  const Run& r = seed();
  const auto rep = of_kind(r.audit, FindingKind::repeated_passage);
  // The Macron caption opens the paragraph after the next one; the "four years of war"
  // caption is repeated as the first sentence of the paragraph right after it.
  REQUIRE(rep.size() == 2);
  for (const Finding* f : rep) {
    REQUIRE(f->sentences.size() == 2);
    const auto a = f->sentences[0], b = f->sentences[1];
    CHECK(text_of(r.doc, a) == text_of(r.doc, b));
    CHECK(r.doc.paragraphs[r.doc.sentences[a].paragraph].kind == ParagraphKind::caption);
    CHECK(r.doc.paragraphs[r.doc.sentences[b].paragraph].kind == ParagraphKind::body);
  }
}

TEST_CASE("audit seed: four captions, one stating an opinion", "[audit][seed]") {
  const Run& r = seed();
  REQUIRE(r.audit.captions.size() == 4);
  std::size_t opinion = 0;
  for (const auto& c : r.audit.captions) opinion += c.opinion;
  CHECK(opinion == 1);
  const auto op = of_kind(r.audit, FindingKind::opinion_caption);
  REQUIRE(op.size() == 1);
  REQUIRE(op[0]->sentences.size() == 1);
  // It is the "four years of war have proved..." caption: the one repeated in the body.
  const auto rep = of_kind(r.audit, FindingKind::repeated_passage);
  CHECK(std::any_of(rep.begin(), rep.end(), [&](const Finding* f) { return f->sentences[0] == op[0]->sentences[0]; }));
}

TEST_CASE("audit seed: the five rhetorical questions near the end", "[audit][seed]") {
  const Run& r = seed();
  const auto q = of_kind(r.audit, FindingKind::rhetorical_question);
  // Three in the Ukraine paragraph (how long, how long, effective?) and two in the next
  // (what then?, would they abandon?): every question in the article is the author's.
  REQUIRE(q.size() == 5);
  for (const Finding* f : q) {
    const std::string t = text_of(r.doc, f->sentences[0]);
    CHECK(t.substr(t.size() - 3) == "\uFF1F");  // ends in a full-width question mark
  }
  CHECK(r.doc.sentences[q[0]->sentences[0]].paragraph + 1 == r.doc.sentences[q[4]->sentences[0]].paragraph);
}

TEST_CASE("audit seed: shares add up, the commentary is mostly opinion, the thesis is supported", "[audit][seed]") {
  const Run& r = seed();
  double sum = 0;
  for (auto t : {SentenceType::claim, SentenceType::report, SentenceType::attribution, SentenceType::meta})
    sum += r.audit.share(t);
  CHECK(sum == Approx(1.0));
  CHECK(r.audit.share(SentenceType::claim) > r.audit.share(SentenceType::report));
  REQUIRE(r.audit.thesis);
  CHECK(r.audit.thesis->support > 4);  // at least the four misjudgment paragraphs
  // By reading, at least the unnamed "Ukrainian negotiator" is a vague source.
  CHECK_FALSE(of_kind(r.audit, FindingKind::vague_source).empty());
}
