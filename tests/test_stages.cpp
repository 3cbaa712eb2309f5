// The deciding stages, one at a time, on small texts written for them. Each test
// loads a tiny rule pack of its own, so what is tested is the stage's use of a label
// family, not the shipped rules (tests/test_rules_zh.cpp covers those).
#include <catch2/catch.hpp>

#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"
#include "tests/pack_engine.hpp"

using namespace argmap;

namespace {

// Analyzes `text` with the rules in `pack` (one .rules file's content).
Document run(const std::string& pack, const std::string& text, const std::string& lang = "en") {
  return testing::analyze_with_pack(pack, text, lang);
}

std::string str(const Document& doc, Span s) { return encode_utf8(doc.slice(s)); }

// The node whose sentences are exactly {s}, if any.
std::optional<std::uint32_t> node_of(const Document& doc, std::uint32_t s) { return testing::node_with(doc, {s}); }

}  // namespace

TEST_CASE("types: votes by family, fallback rule when nothing matched", "[stages][types]") {
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.event : report.event 0.5 = "opened";
  )R", "Clearly the plan failed. The bridge opened in May. Rain fell.");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[0].rules == std::vector<std::string>{"t.stance"});
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[1].rules == std::vector<std::string>{"t.event"});
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(doc.sentences[2].rules == std::vector<std::string>{"engine.fallback.report"});
  CHECK(doc.sentences[2].confidence < doc.sentences[1].confidence);
}

TEST_CASE("types: a cue inside reported content is the source's voice", "[stages][types]") {
  const auto doc = run(R"R(
    rule t.hedge : claim.hedge 0.7 = "may";
    rule t.said : attribution 0.8 = source:CAP cue:"said" content:ANY{1,20};
  )R", "Ortiz said the plan may fail. The plan may fail.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);  // "may" is Ortiz's hedge
  CHECK(doc.sentences[1].type == SentenceType::claim);        // here it is the author's
}

TEST_CASE("types: the speech verb votes only for its attribution; content keeps a closing %", "[stages][types]") {
  // Announced is the attribution's verb and a report action as well; counted for both,
  // with the date (0.5) and the figure, the report cues would outvote the attribution:
  // 1 - 0.55 * 0.5 * 0.6 = 0.835 > 0.8. The verb is the attribution's alone, and the
  // figure is inside the content (the content ends after %, not before it), so the date
  // alone votes report: 0.5 < 0.8.
  const auto doc = run(R"R(
    rule t.say : attribution 0.8 = "Today"? source:CAP cue:"announced" "," content:ANY{1,20};
    rule t.act : report.action 0.45 = "announced";
    rule t.dated : report.dated 0.5 = "Today";
    rule t.figure : report.figure 0.4 = NUM "%";
  )R", "Today Acme announced, sales rose 45%.");
  REQUIRE(doc.sentences.size() == 1);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 1);
  CHECK(str(doc, doc.attributions[0].content) == "sales rose 45%");
}

TEST_CASE("types: a question in the author's voice is a claim in question form", "[stages][types]") {
  const auto doc = run(R"R(rule t.q : question.mark 0.8 = "?" EOS;)R", "Who pays for it? Taxes rose.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].form == Form::question);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].form == Form::statement);
}

TEST_CASE("veto: a veto.F match silences family F inside it", "[stages][types]") {
  const auto doc = run(R"R(
    rule t.clear : claim.stance 0.9 = "clear";
    rule t.veto : veto.claim 1.0 = "clear" "water";
  )R", "The clear water ran. The answer is clear.");
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::claim);
}

TEST_CASE("paragraphs: a credit closing a paragraph makes a caption; alone, meta", "[stages][paragraphs]") {
  const auto doc = run(R"R(rule t.credit : caption.credit 1.0 = BOS OPEN CAP CLOSE EOS;)R",
                       "Workers repair the bridge. (Reuters)\n\n(AP)\n\nThe bridge reopened.");
  REQUIRE(doc.paragraphs.size() == 3);
  CHECK(doc.paragraphs[0].kind == ParagraphKind::caption);
  CHECK(doc.paragraphs[0].rules == std::vector<std::string>{"t.credit"});
  CHECK(doc.paragraphs[1].kind == ParagraphKind::meta);
  CHECK(doc.paragraphs[2].kind == ParagraphKind::body);
  CHECK(doc.sentences[1].type == SentenceType::meta);
}

TEST_CASE("entities: name, aliases, title cut by entity.title, mentions everywhere", "[stages][entities]") {
  const auto doc = run(R"R(
    rule t.gloss : entity.gloss 0.9 = name:(CAP{1,4}) "(" alias:CAP{1,3} ")";
    rule t.title : entity.title 0.8 = "Minister";
  )R", "Minister Ana Ortiz (Ana Ortiz Ruiz) spoke. Later Ana Ortiz left.");
  REQUIRE(doc.entities.size() == 1);
  const Entity& e = doc.entities[0];
  CHECK(e.name == "Ana Ortiz");
  CHECK(e.title == std::optional<std::string>("Minister"));
  CHECK(e.aliases == std::vector<std::string>{"Ana Ortiz Ruiz"});
  // Mentions: "Ana Ortiz" after the title, the alias (longest first, so the "Ana Ortiz"
  // inside it is not counted again) and the later "Ana Ortiz".
  REQUIRE(e.mentions.size() == 3);
  CHECK(str(doc, e.mentions[0]) == "Ana Ortiz");
  CHECK(str(doc, e.mentions[1]) == "Ana Ortiz Ruiz");
  CHECK(str(doc, e.mentions[2]) == "Ana Ortiz");
}

TEST_CASE("entities: a no-break space inside a name is read as a space", "[stages][entities]") {
  // Web text writes Ana<U+00A0>Ortiz; the name is "Ana Ortiz" either way, and each
  // written form is a mention of the whole name, not of the surname alone.
  const auto doc = run(R"R(
    rule t.title : entity.title 0.8 = "Minister";
    rule t.person : entity.person 0.8 = "Minister" name:CAP{1,2};
  )R", "Minister Ana\u00A0Ortiz spoke. Later Ana Ortiz left, and Ana\u202FOrtiz came back.");
  REQUIRE(doc.entities.size() == 1);
  const Entity& e = doc.entities[0];
  CHECK(e.name == "Ana Ortiz");
  REQUIRE(e.mentions.size() == 3);
  CHECK(str(doc, e.mentions[0]) == "Ana\u00A0Ortiz");
  CHECK(str(doc, e.mentions[1]) == "Ana Ortiz");
  CHECK(str(doc, e.mentions[2]) == "Ana\u202FOrtiz");
}

TEST_CASE("entities: acronyms, a surname alone, possessives", "[stages][entities]") {
  const auto doc = run(R"R(
    rule t.body : entity.org 0.6 = "The" name:(CAP CAP CAP) "panel";
    rule t.centers : entity.org 0.6 = name:("Centers" "for" CAP CAP "and" CAP) "data";
    rule t.person : entity.person 0.8 = "said" name:CAP{1,2};
  )R", "The World Trade Organization's panel met. Then said Camila Rezende. Rules of the WTO bind. "
      "Then said Rezende. Centers for Disease Control and Prevention data came. The CDC agreed. "
      "The WT and the CD did not.");
  REQUIRE(doc.entities.size() == 3);
  // The name drops its trailing possessive (one token, Organization's); WTO (all its
  // initials) and CDC (the first
  // three of CDCP) become aliases; WT and CD are too short to stand for a prefix.
  CHECK(doc.entities[0].name == "World Trade Organization");
  CHECK(doc.entities[0].aliases == std::vector<std::string>{"WTO"});
  REQUIRE(doc.entities[0].mentions.size() == 2);
  CHECK(str(doc, doc.entities[0].mentions[1]) == "WTO");
  // "Rezende" alone is the same person as "Camila Rezende", not a second entity.
  CHECK(doc.entities[1].name == "Camila Rezende");
  CHECK(doc.entities[1].mentions.size() == 2);
  CHECK(doc.entities[2].name == "Centers for Disease Control and Prevention");
  CHECK(doc.entities[2].aliases == std::vector<std::string>{"CDC"});
}

TEST_CASE("entities: a body's last word standing alone is its alias; a person's is not", "[stages][entities]") {
  const auto doc = run(R"R(
    rule t.body : entity.org 0.6 = "the" name:(CAP CAP CAP) "voted";
    rule t.bank : entity.org 0.6 = name:(CAP "Bank") "lent";
    rule t.person : entity.person 0.8 = "said" name:CAP{2};
  )R", "On Monday the Ardmore Legislative Assembly voted. Later the Assembly adjourned. "
      "Then said Ana Ortiz. Critics quoted Ortiz again. "
      "North Bank lent. South Bank lent. Then the Bank closed.");
  REQUIRE(doc.entities.size() == 4);
  // "Assembly" after a lower-case word, outside the full name: the body again, an alias.
  CHECK(doc.entities[0].name == "Ardmore Legislative Assembly");
  CHECK(doc.entities[0].aliases == std::vector<std::string>{"Assembly"});
  CHECK(doc.entities[0].mentions.size() == 2);
  // A surname alone is a mention of the person, not an alias.
  CHECK(doc.entities[1].name == "Ana Ortiz");
  CHECK(doc.entities[1].aliases.empty());
  CHECK(doc.entities[1].mentions.size() == 2);
  // Two bodies end in "Bank": "the Bank" is neither's alias.
  CHECK(doc.entities[2].aliases.empty());
  CHECK(doc.entities[3].aliases.empty());
}

TEST_CASE("entities: an alias is one the text uses alone; no head word after `of`, no initials of a person",
          "[stages][entities]") {
  const auto doc = run(R"R(
    rule t.own : entity.org 0.6 = name:(alias:CAP "Airways") "flew";
    rule t.dept : entity.org 0.6 = "the" name:("Department" "of" CAP) "said";
    rule t.person : entity.person 0.8 = "said" name:CAP{2};
  )R", "Skyrail Airways flew at dawn. Tern Airways flew at noon. Later Tern cut fares. "
      "On Monday the Department of Health said costs rose. The new Health Secretary resigned. "
      "Then said Patience Adeyemi. A PA was hired.");
  auto entity_named = [&](const std::string& name) -> const Entity* {
    for (const Entity& e : doc.entities)
      if (e.name == name) return &e;
    return nullptr;
  };
  const Entity* skyrail = entity_named("Skyrail Airways");
  const Entity* tern = entity_named("Tern Airways");
  REQUIRE(skyrail != nullptr);
  REQUIRE(tern != nullptr);
  // The rule offers the own word as alias in both; only Tern is met alone.
  CHECK(skyrail->aliases.empty());
  CHECK(tern->aliases == std::vector<std::string>{"Tern"});
  CHECK(tern->mentions.size() == 2);
  // "Health" after a lower-case word is the complement of "Department of Health", not its head.
  const Entity* dept = entity_named("Department of Health");
  REQUIRE(dept != nullptr);
  CHECK(dept->aliases.empty());
  CHECK(dept->mentions.size() == 1);
  // PA is no acronym of a person.
  const Entity* person = entity_named("Patience Adeyemi");
  REQUIRE(person != nullptr);
  CHECK(person->aliases.empty());
}

TEST_CASE("entities: a head word that is a word of another entity's name is no alias", "[stages][entities]") {
  const auto doc = run(R"R(
    rule t.body : entity.org 0.6 = "the" name:(CAP CAP) "met";
    rule t.front : entity.org 0.6 = "the" name:(CAP CAP CAP) "agreed";
  )R", "On Monday the Greener Dunmoor met. On Tuesday the Dunmoor City Council agreed. "
      "Traffic in Dunmoor fell. Later the Riverside Union met. Then the Union talks stalled.");
  REQUIRE(doc.entities.size() == 3);
  // "Dunmoor" alone may be the town: a word of the council's name too, so no alias.
  CHECK(doc.entities[0].name == "Greener Dunmoor");
  CHECK(doc.entities[0].aliases.empty());
  CHECK(doc.entities[1].name == "Dunmoor City Council");
  // No other name has "Union": the Riverside Union keeps its head word as alias.
  CHECK(doc.entities[2].name == "Riverside Union");
  CHECK(doc.entities[2].aliases == std::vector<std::string>{"Union"});
}

TEST_CASE("attributions: a name that modifies the source's head leaves the whole phrase", "[stages][attributions]") {
  const auto doc = run(R"R(
    rule t.org : entity.org 0.6 = name:("Kestrel" "Union");
    rule t.title : entity.title 0.8 = "Chair";
    rule t.said : attribution 0.8 = BOS source:(!"said"){1,6} cue:"said" content:ANY{1,30};
  )R", "Kestrel Union officials said pay fell. Chair Kestrel Union said costs rose. "
      "The Kestrel Union's office said rents rose.");
  REQUIRE(doc.attributions.size() == 3);
  const auto& a = doc.attributions;
  // Officials of the union speak: unnamed, the phrase; the union itself: its name
  // without the title; the union's office: the phrase. All three belong to the union.
  CHECK(str(doc, *a[0].source) == "Kestrel Union officials");
  CHECK(str(doc, *a[1].source) == "Kestrel Union");
  CHECK(str(doc, *a[2].source) == "The Kestrel Union's office");
  REQUIRE(a[0].source_entity);
  CHECK(a[1].source_entity == a[0].source_entity);
  CHECK(a[2].source_entity == a[0].source_entity);
}

TEST_CASE("attributions: sources, pronouns, dropped subjects, quote kinds", "[stages][attributions]") {
  const auto doc = run(R"R(
    rule t.gloss : entity.gloss 0.9 = name:CAP{1,2} "(" alias:CAP{1,3} ")";
    rule t.said : attribution 0.8 = BOS source:(!"said"){1,6} cue:"said" content:ANY{1,30};
    rule t.he : attribution.pronoun 0.9 = BOS source:"He" cue:"said" content:ANY{1,30};
    rule t.also : attribution.dropped 0.9 = BOS "Also" cue:"said" content:ANY{1,30};
    rule t.vague : attribution.anonymous 0.8 = BOS cue:("Reportedly") content:ANY{1,30};
  )R", "Ortiz (Ana Ortiz) said “we will win.” He said costs rose. Also said “taxes” matter. "
      "Reportedly the deal failed.");
  REQUIRE(doc.attributions.size() == 4);
  const auto& a = doc.attributions;
  CHECK(str(doc, *a[0].source) == "Ortiz");
  REQUIRE(a[0].source_entity);
  CHECK(a[0].quote == QuoteKind::direct);
  CHECK(str(doc, a[0].content) == "we will win.");
  CHECK(str(doc, *a[1].source) == "He");
  CHECK(a[1].source_entity == a[0].source_entity);
  CHECK(a[1].quote == QuoteKind::indirect);
  CHECK_FALSE(a[2].source);
  CHECK(a[2].source_entity == a[0].source_entity);
  CHECK(a[2].quote == QuoteKind::mixed);
  CHECK_FALSE(a[3].source);
  CHECK_FALSE(a[3].source_entity);  // anonymous: does not inherit the previous speaker
}

TEST_CASE("dates: document date, absolute, relative and same-day expressions", "[stages][dates]") {
  const auto doc = run(R"R(
    rule t.iso : meta.date 1.0 = BOS LATIN year:NUM "-" month:NUM "-" day:NUM EOS;
    rule t.dec : date.month.12 0.9 = "Dec" "."? day:NUM;
    rule t.yday : date.offset.m1 0.8 = "yesterday";
    rule t.fri : date.weekday.5 0.8 = "Friday";
    rule t.lastfri : date.lastweek.5 0.8 = "last" "Friday";
    rule t.same : date.same 0.8 = "that" "day";
  )R", "date 2025-12-03\nTalks began Dec. 1 in Rome. Rain fell yesterday. They met on Friday. "
      "Polls closed last Friday. Markets fell that day. Nothing else.");
  REQUIRE(doc.date);
  CHECK(doc.date->day == 3);
  // 2025-12-03 is a Wednesday: the last Friday on or before it is Nov 28; the Friday
  // of the week before (Mon Nov 24 .. Sun Nov 30) is also Nov 28.
  struct Want { int m, d; };
  const std::vector<std::optional<Want>> want = {std::nullopt, Want{12, 1}, Want{12, 2}, Want{11, 28},
                                                 Want{11, 28}, Want{11, 28}, std::nullopt};
  REQUIRE(doc.sentence_dates.size() == want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    INFO("sentence " << i);
    REQUIRE(doc.sentence_dates[i].has_value() == want[i].has_value());
    if (want[i]) {
      CHECK(doc.sentence_dates[i]->month == want[i]->m);
      CHECK(doc.sentence_dates[i]->day == want[i]->d);
      CHECK(doc.sentence_dates[i]->year == 2025);
    }
  }
}

TEST_CASE("dates: a day of this, last or next month", "[stages][dates]") {
  const auto doc = run(R"R(
    rule t.iso : meta.date 1.0 = BOS LATIN year:NUM "-" month:NUM "-" day:NUM EOS;
    rule t.day : date.abs 0.7 = "on" "the" day:NUM;
    rule t.this : date.monthrel.0 0.9 = "on" "the" day:NUM "of" "this" "month";
    rule t.last : date.monthrel.m1 0.9 = "on" "the" day:NUM "of" "last" "month";
    rule t.next : date.monthrel.p1 0.9 = "on" "the" day:NUM "of" "next" "month";
  )R", "date 2025-01-20\nIt opened on the 3 of this month. It closed on the 3. "
      "It began on the 31 of last month. It ends on the 28 of next month.");
  // A bare day takes the nearest candidate (Feb 3 is 14 days away, Jan 3 is 17); "this
  // month" keeps January. Last month of January is December of the year before.
  REQUIRE(doc.sentence_dates.size() == 5);
  REQUIRE(doc.sentence_dates[1]);
  CHECK(*doc.sentence_dates[1] == Date{2025, 1, 3});
  REQUIRE(doc.sentence_dates[2]);
  CHECK(*doc.sentence_dates[2] == Date{2025, 2, 3});
  REQUIRE(doc.sentence_dates[3]);
  CHECK(*doc.sentence_dates[3] == Date{2024, 12, 31});
  REQUIRE(doc.sentence_dates[4]);
  CHECK(*doc.sentence_dates[4] == Date{2025, 2, 28});
}

TEST_CASE("dates: an occasion takes the date of the event just reported", "[stages][dates]") {
  const auto doc = run(R"R(
    rule t.iso : meta.date 1.0 = BOS LATIN year:NUM "-" month:NUM "-" day:NUM EOS;
    rule t.yday : date.offset.m1 0.8 = "yesterday";
    rule t.occ : date.occasion 0.6 = "at" "the" "briefing";
  )R", "date 2025-03-14\nThe board met yesterday. At the briefing its head spoke. Costs rose. "
      "Prices fell. Sales slowed. At the briefing a clerk spoke.");
  // Sentence 2 follows a sentence dated March 13. The last one's two predecessors have
  // no date (the nearest dated sentence is four back), so it gets none.
  REQUIRE(doc.sentence_dates.size() == 7);
  REQUIRE(doc.sentence_dates[1]);
  CHECK(*doc.sentence_dates[1] == Date{2025, 3, 13});
  REQUIRE(doc.sentence_dates[2]);
  CHECK(*doc.sentence_dates[2] == Date{2025, 3, 13});
  CHECK(!doc.sentence_dates[3]);
  CHECK(!doc.sentence_dates[6]);
}

TEST_CASE("facts: one per report or attribution; a dropped subject joins its fact", "[stages][facts]") {
  const auto doc = run(R"R(
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
    rule t.also : attribution.dropped 0.9 = BOS "Also" cue:"said" content:ANY{1,30};
    rule t.stance : claim.stance 0.9 = "clearly";
  )R", "Ortiz said taxes rose. Also said costs fell. Clearly this is bad. Rain fell.");
  REQUIRE(doc.facts.size() == 2);
  CHECK(doc.facts[0].sentences == std::vector<std::uint32_t>{0, 1});
  CHECK(doc.facts[0].kind == SentenceType::attribution);
  CHECK(doc.facts[1].sentences == std::vector<std::uint32_t>{3});
  CHECK(doc.facts[1].kind == SentenceType::report);
}

TEST_CASE("argument: a report with too few claims has no thesis and no nodes", "[stages][argument]") {
  const auto doc = run(R"R(rule t.stance : claim.stance 0.9 = "clearly";)R",
                       "The council met. It voted. Clearly it rained. Roads closed. Buses ran.");
  CHECK_FALSE(doc.argument.thesis);
  CHECK(doc.argument.nodes.empty());
}

TEST_CASE("argument: parallel frames give sub-claims; shared wording picks the thesis", "[stages][argument]") {
  const auto doc = run(R"R(
    rule t.eval : claim.evaluation 0.7 = "mistake" | "wrong" | "fails";
    rule t.all : thesis.general 0.6 = "all" ANY{0,5} "sides";
    rule t.for : parallel.topic 0.8 = BOP "For" topic:CAP ",";
    rule t.but : relation.attack 0.7 = BOS "But";
  )R",
      "Talks opened in June. Both leaders came.\n\n"
      "The plan fails on money. All three sides made a mistake.\n\n"
      "For Avalon, the mistake was haste. It signed too soon.\n\n"
      "For Brill, the mistake was pride. But pride fails too.\n\n"
      "For Cato, the mistake was silence. Its envoy stayed home.\n\n"
      "The plan fails because of all this.");
  REQUIRE(doc.argument.thesis);
  const auto& nodes = doc.argument.nodes;
  const auto root = *doc.argument.thesis;
  CHECK(nodes[root].sentences == std::vector<std::uint32_t>{3});  // "All three sides made a mistake."
  std::vector<std::uint32_t> sub;
  for (std::uint32_t n = 0; n < nodes.size(); ++n)
    if (nodes[n].parent == root && nodes[n].role == NodeRole::claim) sub.push_back(nodes[n].sentences.front());
  CHECK(sub == std::vector<std::uint32_t>{4, 6, 8});
  // The report after the Avalon claim is its evidence; "But pride fails too." attacks Brill's.
  bool evidence = false, attack = false;
  for (const auto& n : nodes) {
    if (n.sentences == std::vector<std::uint32_t>{5} && n.role == NodeRole::evidence) evidence = true;
    if (n.sentences == std::vector<std::uint32_t>{7} && n.relation == Relation::attack) attack = true;
  }
  CHECK(evidence);
  CHECK(attack);
  // The closing paragraph is the conclusion.
  const bool conclusion = std::any_of(nodes.begin(), nodes.end(), [](const ArgumentNode& n) {
    return n.role == NodeRole::conclusion && n.sentences == std::vector<std::uint32_t>{10};
  });
  CHECK(conclusion);
}

TEST_CASE("argument: someone else's words the author answers attack the thesis; the answer hangs under them",
          "[stages][argument]") {
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R",
      "The council met. It voted.\n\n"
      "Clearly the levy is right. Clearly it is fair.\n\n"
      "Ortiz said the levy hurts shops. But clearly shops gain.\n\n"
      "Baker said the levy is fine. Clearly it is.\n\n"
      "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  REQUIRE(doc.argument.thesis);
  const auto& nodes = doc.argument.nodes;
  const auto root = *doc.argument.thesis;
  CHECK(doc.sentences[nodes[root].sentences.front()].paragraph == 1);  // the opening paragraph
  // Ortiz's words open a paragraph and the author's next claim turns against them: an
  // objection under the thesis, and the answer attacks it.
  const auto objection = node_of(doc, 4);
  REQUIRE(objection);
  CHECK(nodes[*objection].role == NodeRole::claim);
  CHECK(nodes[*objection].parent == root);
  CHECK(nodes[*objection].relation == Relation::attack);
  CHECK(std::find(nodes[*objection].rules.begin(), nodes[*objection].rules.end(), "engine.tree.objection") !=
        nodes[*objection].rules.end());
  const auto answer = node_of(doc, 5);
  REQUIRE(answer);
  CHECK(nodes[*answer].parent == objection);
  CHECK(nodes[*answer].relation == Relation::attack);
  // Baker's words are not answered (no turn, no grant): no objection; the paragraph's
  // claim is a sub-claim of the thesis as before.
  const auto baker_words = node_of(doc, 6), baker_claim = node_of(doc, 7);
  CHECK_FALSE((baker_words && nodes[*baker_words].role == NodeRole::claim));
  REQUIRE(baker_claim);
  CHECK(nodes[*baker_claim].parent == root);
  CHECK(nodes[*baker_claim].relation == Relation::support);
}

TEST_CASE("argument: a paragraph that turns right after a concession answers it", "[stages][argument]") {
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.granted : relation.attack.concede 0.7 = BOS "Granted";
    rule t.but : thesis.turn 0.25 = BOS "But";
  )R",
      "The council met. It voted.\n\n"
      "Clearly the levy is right. Clearly it is fair.\n\n"
      "Granted, clearly shops pay more.\n\n"
      "But clearly shops gain.\n\n"
      "Clearly roads improve.\n\n"
      "But clearly buses lag.\n\n"
      "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  REQUIRE(doc.argument.thesis);
  const auto& nodes = doc.argument.nodes;
  const auto root = *doc.argument.thesis;
  CHECK(nodes[root].sentences == std::vector<std::uint32_t>{2});
  const auto granted = node_of(doc, 4), answer = node_of(doc, 5), roads = node_of(doc, 6), buses = node_of(doc, 7);
  REQUIRE(granted);
  REQUIRE(answer);
  REQUIRE(roads);
  REQUIRE(buses);
  CHECK(nodes[*granted].parent == root);  // the concession attacks the thesis
  CHECK(nodes[*granted].relation == Relation::attack);
  CHECK(nodes[*answer].parent == granted);  // the turn after it answers it
  CHECK(nodes[*answer].relation == Relation::attack);
  // A turn after a line of the author's own (no concession) opens a line of its own.
  CHECK(nodes[*roads].parent == root);
  CHECK(nodes[*buses].parent == root);
  CHECK(nodes[*buses].relation == Relation::support);
}

TEST_CASE("argument: an objection answered by a rebuttal inside the sentence", "[stages][argument]") {
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
    rule t.rebut : relation.attack.answer 0.6 = BOS "That" "argument" ANY{0,8} "," "but";
  )R",
      "The council met. It voted.\n\n"
      "Clearly the levy is right. Clearly it is fair.\n\n"
      "Ortiz said the levy hurts shops. That argument sounds clear, but clearly shops gain.\n\n"
      "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 7);
  REQUIRE(doc.argument.thesis);
  const auto& nodes = doc.argument.nodes;
  const auto root = *doc.argument.thesis;
  const auto objection = node_of(doc, 4), answer = node_of(doc, 5);
  REQUIRE(objection);
  CHECK(nodes[*objection].parent == root);
  CHECK(nodes[*objection].relation == Relation::attack);
  REQUIRE(answer);
  CHECK(nodes[*answer].parent == objection);
  CHECK(nodes[*answer].relation == Relation::attack);
}

TEST_CASE("argument: a grant that turns within the sentence rebuts the objection", "[stages][argument]") {
  // "It is a fair worry, but ..." grants (relation.attack.concede.answer) and rebuts
  // (relation.attack.answer): what follows the `but` is the assertion, so the answer
  // attacks the objection. "There is truth in that." only grants: it supports it.
  const auto doc = run(R"R(
    rule t.stance : claim.stance 0.9 = "clearly";
    rule t.said : attribution 0.8 = BOS source:CAP cue:"said" content:ANY{1,30};
    rule t.grant : relation.attack.concede.answer 0.6 = BOS "It" "is" "a" "fair" "worry" | BOS "There" "is" "truth";
    rule t.rebut : relation.attack.answer 0.6 = BOS ANY{0,4} "worry" ANY{0,8} "," "but";
  )R",
      "The council met. It voted.\n\n"
      "Clearly the levy is right. Clearly it is fair.\n\n"
      "Ortiz said the levy hurts shops. It is a fair worry, but clearly shops gain.\n\n"
      "Baker said the levy hurts cafes. There is truth in that, clearly.\n\n"
      "Clearly the levy should stay.");
  REQUIRE(doc.sentences.size() == 9);
  REQUIRE(doc.argument.thesis);
  const auto& nodes = doc.argument.nodes;
  const auto ortiz = node_of(doc, 4), rebuttal = node_of(doc, 5), baker = node_of(doc, 6), grant = node_of(doc, 7);
  REQUIRE(ortiz);
  REQUIRE(rebuttal);
  CHECK(nodes[*rebuttal].parent == ortiz);
  CHECK(nodes[*rebuttal].relation == Relation::attack);
  REQUIRE(baker);
  REQUIRE(grant);
  CHECK(nodes[*grant].parent == baker);
  CHECK(nodes[*grant].relation == Relation::support);
}
