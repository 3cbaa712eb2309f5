// The en pack's sentence types on hand-written English sentences (issue #4, round 2):
// the cue-less claims of commentary (generalising openers, the author's reading of the
// data, concessions, the editorial's own voice, causes in the present tense) and the
// reports they must leave alone, plus reporting verbs that report nothing. Each case
// pairs a new behaviour with a guard; expected types are decided by hand from the
// annotation guide (corpora/README.md), not copied from output.
#include <catch2/catch.hpp>

#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"
#include "tests/shipped.hpp"

using namespace argmap;

namespace {

Document run(const std::string& text) { return testing::analyze_shipped(text, "en"); }

using testing::str;

std::size_t attributions_in(const Document& doc, std::uint32_t sentence) {
  std::size_t n = 0;
  for (const auto& a : doc.attributions) n += a.sentence == sentence;
  return n;
}

// Sentence i has type `expected[i]` (c = claim, r = report), and there are as many
// sentences as types given.
constexpr SentenceType c = SentenceType::claim, r = SentenceType::report;
void check_types(const Document& doc, std::initializer_list<SentenceType> expected) {
  REQUIRE(doc.sentences.size() == expected.size());
  std::uint32_t i = 0;
  for (SentenceType t : expected) {
    INFO("sentence " << i);
    CHECK(doc.sentences[i++].type == t);
  }
}

}  // namespace

TEST_CASE("en types: a generalising first word, none of this means, the data suggest", "[rules][en][types]") {
  const auto doc = run(
      "Neither excuse survives a night in that ward. "
      "Neither bus ran on Tuesday. "
      "None of this means the plan is doomed. "
      "None of the 12 ferries sailed. "
      "The data suggest that rents are rising faster than wages. "
      "Official figures show that rents rose 4 percent.");
  REQUIRE(doc.sentences.size() == 6);
  // A generalisation with no name, figure or date: the author's.
  CHECK(doc.sentences[0].type == SentenceType::claim);
  // The same opener with a weekday: a dated event, reported.
  CHECK(doc.sentences[1].type == SentenceType::report);
  // The author drawing (or refusing) an inference.
  CHECK(doc.sentences[2].type == SentenceType::claim);
  // `None of` a counted set: a figure, reported.
  CHECK(doc.sentences[3].type == SentenceType::report);
  // No publisher: the reading of the data is the author's.
  CHECK(doc.sentences[4].type == SentenceType::claim);
  // Figures that show, with their publisher: an attribution.
  CHECK(doc.sentences[5].type == SentenceType::attribution);
}

TEST_CASE("en types: concession, the editorial's own voice, words mentioned and judged", "[rules][en][types]") {
  const auto doc = run(
      "In fairness, the council has not sat still. "
      "The council has not met since March. "
      "This newspaper has argued for years that the port needs a rail link. "
      "The mayor has argued for years that the port needs a rail link. "
      "\"Under review\" is not a plan.");
  REQUIRE(doc.sentences.size() == 5);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
  // The editorial restating its position: a claim, and no one else's statement.
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(attributions_in(doc, 2) == 0);
  // The same words from a named speaker are an attribution.
  CHECK(doc.sentences[3].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 3) == 1);
  CHECK(doc.sentences[4].type == SentenceType::claim);
}

TEST_CASE("en types: burdens, what things turn into, where they belong, luck, hard to miss", "[rules][en][types]") {
  const auto doc = run(
      "The levy asks renters to carry the heaviest load. "
      "The truck can carry a load of 40 tonnes. "
      "Childcare is becoming something only the well-off can afford. "
      "The school became a hospital in 1942. "
      "The missing beds belong in next year's budget. "
      "The land belongs to the county. "
      "He was lucky, and he knows it. "
      "He was born in a small town. "
      "The direction of travel is hard to miss. "
      "The village is hard to reach in winter.");
  REQUIRE(doc.sentences.size() == 10);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // who bears the cost, judged
  CHECK(doc.sentences[1].type == SentenceType::report);  // a capacity in figures
  CHECK(doc.sentences[2].type == SentenceType::claim);   // a characterisation of a trend
  CHECK(doc.sentences[3].type == SentenceType::report);  // a dated change, past tense
  CHECK(doc.sentences[4].type == SentenceType::claim);   // a recommendation
  CHECK(doc.sentences[5].type == SentenceType::report);  // ownership, described
  CHECK(doc.sentences[6].type == SentenceType::claim);   // the author's verdict
  CHECK(doc.sentences[7].type == SentenceType::report);
  CHECK(doc.sentences[8].type == SentenceType::claim);   // hard to + a verb of judging
  CHECK(doc.sentences[9].type == SentenceType::report);  // hard to + a verb of doing
}

TEST_CASE("en types: comparisons with everyone, causes in the present, enumerated facts", "[rules][en][types]") {
  const auto doc = run(
      "Renters are more exposed to the increase than anyone else. "
      "Exports rose more than 3 percent in May. "
      "Fewer riders become the case for cutting routes, and cut routes drive away more riders. "
      "The storms drove away tourists last summer. "
      "First, the county has not raised its parking levy since 2011. "
      "Second, the county should raise its parking levy.");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
  // A cycle of cause and effect, with nothing specific: the author's explanation.
  CHECK(doc.sentences[2].type == SentenceType::claim);
  // The same verb in the past, with a time: an event.
  CHECK(doc.sentences[3].type == SentenceType::report);
  // An ordinal does not turn a dated fact into a claim; a recommendation stays one.
  CHECK(doc.sentences[4].type == SentenceType::report);
  CHECK(doc.sentences[5].type == SentenceType::claim);
}

TEST_CASE("en attributions: amounts, relative clauses, passives, anonymity, hypothetical speakers", "[rules][en][types]") {
  const auto doc = run(
      "For a commuter, the new fare adds about 390 dollars a year. "
      "The beds that the board promised in 2022 and then shelved belong in next year's budget. "
      "The patients had already been admitted and were waiting for a bed. "
      "The minister admitted that the plan had failed. "
      "Wards were full, according to a nurse who asked not to be named. "
      "How many clinics must close before someone admits the plan has failed? "
      "Fire claims paid last year totalled 2 billion dollars. "
      "The company claims the fire was arson.");
  REQUIRE(doc.sentences.size() == 8);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(attributions_in(doc, 0) == 0);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(attributions_in(doc, 1) == 0);
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(attributions_in(doc, 2) == 0);
  CHECK(doc.sentences[3].type == SentenceType::attribution);  // guard: admitted that
  CHECK(attributions_in(doc, 3) == 1);
  CHECK(doc.sentences[4].type == SentenceType::attribution);
  REQUIRE(attributions_in(doc, 4) == 1);
  for (const auto& a : doc.attributions)
    if (a.sentence == 4) CHECK(str(doc, a.cue) == "according to");
  CHECK(doc.sentences[5].type == SentenceType::claim);  // a rhetorical question
  CHECK(attributions_in(doc, 5) == 0);
  CHECK(doc.sentences[6].type == SentenceType::report);
  CHECK(attributions_in(doc, 6) == 0);
  CHECK(doc.sentences[7].type == SentenceType::attribution);  // guard: claims a clause
  CHECK(attributions_in(doc, 7) == 1);
}

TEST_CASE("en attributions: two parentheticals after a source, a refusal before the verb", "[rules][en][types]") {
  const auto doc = run(
      "Pensioner Ada Lim, 74, who lives on Mill Road, said she backed the strike. "
      "A spokesperson for the harbour board declined to comment but said talks would resume.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 2);
  const auto& a0 = doc.attributions[0];
  REQUIRE(a0.source);
  // The source is the person, not the second parenthetical.
  CHECK(str(doc, *a0.source).find("Ada Lim") != std::string::npos);
  CHECK(str(doc, a0.content) == "she backed the strike");
  const auto& a1 = doc.attributions[1];
  REQUIRE(a1.source);
  CHECK(str(doc, *a1.source).rfind("A spokesperson", 0) == 0);  // not `declined to comment ... but`
  CHECK(str(doc, a1.cue) == "said");
  CHECK(str(doc, a1.content) == "talks would resume");
}

TEST_CASE("en types: the guards of round 2 keep specifics reports", "[rules][en][types]") {
  const auto doc = run(
      "Neither side would comment on the talks. "
      "The figures indicate a drop of 12 percent from last year. "
      "In practice, the new rules apply to about 300 firms. "
      "In practice, the rule has pushed insurers out of the towns that need them most. "
      "The ferry is becoming a lifeline for islanders after the bridge closed. "
      "We have long argued that the levy is too low. "
      "First, the ministry will publish the draft on May 3.");
  REQUIRE(doc.sentences.size() == 7);
  CHECK(doc.sentences[0].type == SentenceType::report);  // a refusal, reported
  CHECK(doc.sentences[1].type == SentenceType::report);  // a measurement read out
  CHECK(doc.sentences[2].type == SentenceType::report);  // the rules' reach, in figures
  CHECK(doc.sentences[3].type == SentenceType::claim);   // how the rule works out, judged
  CHECK(doc.sentences[4].type == SentenceType::report);  // a change described
  CHECK(doc.sentences[5].type == SentenceType::claim);   // the editorial's own position
  CHECK(attributions_in(doc, 5) == 0);
  CHECK(doc.sentences[6].type == SentenceType::report);  // a scheduled step, enumerated
}

TEST_CASE("en attributions: three parentheticals after a source", "[rules][en][types]") {
  const auto doc = run("Ms. Ortiz, 52, a teacher, who has lived in the town for decades, said the school should stay open.");
  REQUIRE(doc.sentences.size() == 1);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 1);
  REQUIRE(doc.attributions[0].source);
  CHECK(str(doc, *doc.attributions[0].source).find("Ortiz") != std::string::npos);
  CHECK(str(doc, doc.attributions[0].content) == "the school should stay open");
}

// --- Issue #4, round 3: each new shape paired with a report or attribution it must leave alone.

TEST_CASE("en types round 3: inference mid-sentence, aim, corrections, agreeing evidence", "[rules][en][types]") {
  const auto doc = run(
      "A flat fee therefore hands its biggest savings to the richest families. "
      "The utility has therefore applied to raise its rates by 6 percent. "
      "The subsidy is badly aimed. "
      "The bridge was badly damaged in the storm. "
      "A price cap is a slogan, not a policy. "
      "Inflation expectations point the same way. "
      "Sales fell in May, so the gap is about 2 percentage points smaller. "
      "Sales fell, so the plan has failed.");
  REQUIRE(doc.sentences.size() == 8);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // the author's inference, nothing specific
  CHECK(doc.sentences[1].type == SentenceType::report);  // an application in figures, past tense
  CHECK(doc.sentences[2].type == SentenceType::claim);   // how well it is made for its purpose
  CHECK(doc.sentences[3].type == SentenceType::report);  // damage described
  CHECK(doc.sentences[4].type == SentenceType::claim);   // a correction
  CHECK(doc.sentences[5].type == SentenceType::claim);   // evidence read by the author
  CHECK(doc.sentences[6].type == SentenceType::report);  // a consequence in figures: arithmetic
  CHECK(doc.sentences[7].type == SentenceType::claim);   // a consequence drawn
}

TEST_CASE("en types round 3: risks ranked, verdicts after the, answers, the terms of a rule", "[rules][en][types]") {
  const auto doc = run(
      "The bigger risk is losing the best staff. "
      "The biggest change is a new bus lane. "
      "That is the obvious compromise. "
      "It was the worst flood since 1953. "
      "On the record, the answer to the question at the top of this column is no. "
      "The answer to the quiz is printed on page 12. "
      "Vans will still be allowed in before 11 in the morning. "
      "The ban will hurt small shops. "
      "The 5 million dollars is less than the firm would pay in a year of taxes. "
      "The firm would pay less under the new rules. "
      "A county that hired 600 people cannot ignore that. "
      "Residents cannot park on the street after 6 p.m.");
  REQUIRE(doc.sentences.size() == 12);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);  // a change, described
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(doc.sentences[3].type == SentenceType::report);  // a record, measured
  CHECK(doc.sentences[4].type == SentenceType::claim);   // the author answering his own question
  CHECK(doc.sentences[5].type == SentenceType::report);
  CHECK(doc.sentences[6].type == SentenceType::report);  // what the rule permits
  CHECK(doc.sentences[7].type == SentenceType::claim);   // the author's forecast
  CHECK(doc.sentences[8].type == SentenceType::report);  // `would` in the standard of a comparison
  CHECK(doc.sentences[9].type == SentenceType::claim);   // `would` of speculation
  CHECK(doc.sentences[10].type == SentenceType::claim);  // what cannot be ignored
  CHECK(doc.sentences[11].type == SentenceType::report); // a parking rule
}

TEST_CASE("en attributions round 3: figurative telling, auxiliaries, one-word positions, forecasts", "[rules][en][types]") {
  const auto doc = run(
      "The numbers tell a different story. "
      "The minister told reporters that the numbers were wrong. "
      "Households, plainly, do not believe him. "
      "Prices will rise again, analysts believe. "
      "Governor Ada Lim thinks so. "
      "I think so. "
      "The central bank expects inflation to fall below 3 percent next year. "
      "Inflation is expected to fall next year.");
  REQUIRE(doc.sentences.size() == 8);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(attributions_in(doc, 0) == 0);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::claim);       // no speech tag after the commas
  CHECK(attributions_in(doc, 2) == 0);
  CHECK(doc.sentences[3].type == SentenceType::attribution);  // a real trailing tag
  CHECK(doc.sentences[4].type == SentenceType::attribution);
  CHECK(doc.sentences[5].type == SentenceType::claim);        // the author's own view
  CHECK(attributions_in(doc, 5) == 0);
  CHECK(doc.sentences[6].type == SentenceType::attribution);  // a forecast credited to a source
  CHECK(doc.sentences[7].type == SentenceType::report);       // the passive names no one
  CHECK(attributions_in(doc, 7) == 0);
  for (const auto& a : doc.attributions) {
    if (a.sentence == 4) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "Ada Lim");
      CHECK(str(doc, a.content) == "so");
    }
    if (a.sentence == 6) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "The central bank");
      CHECK(str(doc, a.cue) == "expects");
      CHECK(str(doc, a.content) == "inflation to fall below 3 percent next year");
    }
  }
}

TEST_CASE("en attributions round 3: not said, tempting to think, claims to, possessive sources", "[rules][en][types]") {
  const auto doc = run(
      "It has not said how much it will spend. "
      "It has said that it will spend more. "
      "It is tempting to think that the mayor is right. "
      "The mayor thinks that the plan is right. "
      "The levy falls on the very renters it claims to help. "
      "The company claims to have cut its emissions by a third. "
      "The freeze will cost 62 million dollars, according to the regents' own budget office. "
      "\"Flexibility\" is a word that usually means longer hours.");
  REQUIRE(doc.sentences.size() == 8);
  CHECK(doc.sentences[0].type == SentenceType::report);  // what is not known, reported
  CHECK(attributions_in(doc, 0) == 0);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::claim);   // the author's hypothetical thinker
  CHECK(attributions_in(doc, 2) == 0);
  CHECK(doc.sentences[3].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 4) == 0);                   // pretension, not speech
  CHECK(doc.sentences[5].type == SentenceType::attribution);
  CHECK(doc.sentences[6].type == SentenceType::attribution);
  CHECK(doc.sentences[7].type == SentenceType::claim);   // a quoted word defined by the author
  for (const auto& a : doc.attributions)
    if (a.sentence == 6) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "the regents' own budget office");
    }
}

TEST_CASE("en types round 4: generic definitions, habits, the author's list, normalisation", "[rules][en][types]") {
  const auto doc = run(
      "A library is not a warehouse for books. "
      "A spokesman is not a member of the board. "
      "A fee that drivers can avoid by parking on the street is a fee on those who cannot. "
      "A bridge that collapsed in 2019 is a short walk from the site. "
      "Toll roads almost never pay for themselves. "
      "Trains rarely ran on time last winter. "
      "Then there are the risks that nobody has counted. "
      "Then there is the second phase of the project, due in 2027. "
      "For the farmers of the valley, drought is no longer unusual. "
      "Nor is the port alone. "
      "The ferries are slower, costlier and less reliable.");
  REQUIRE(doc.sentences.size() == 11);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // a class defined by negation
  CHECK(doc.sentences[1].type == SentenceType::report);  // membership: `of` describes
  CHECK(doc.sentences[2].type == SentenceType::claim);   // a class defined by its clause
  CHECK(doc.sentences[3].type == SentenceType::report);  // a year and a distance
  CHECK(doc.sentences[4].type == SentenceType::claim);   // a bare plural and `almost never`
  CHECK(doc.sentences[5].type == SentenceType::report);  // the same adverb with a past verb
  CHECK(doc.sentences[6].type == SentenceType::claim);   // the author adds to his list
  CHECK(doc.sentences[7].type == SentenceType::report);  // a phase with its year
  CHECK(doc.sentences[8].type == SentenceType::claim);   // normalisation judged
  CHECK(doc.sentences[9].type == SentenceType::claim);   // the case widened
  CHECK(doc.sentences[10].type == SentenceType::claim);  // a list of judgements predicated
}

TEST_CASE("en types round 4: verdicts with a degree word; modals that are not the author's", "[rules][en][types]") {
  const auto doc = run(
      "The mayor is also right that the port needs a rail link. "
      "The mayor is also expected to attend the opening. "
      "The harbour wall held, despite warnings that it would not. "
      "The harbour wall would not hold. "
      "Neither minister would say how many posts would be cut. "
      "The levy would raise the cost of a one-way ticket by about 2 dollars.");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);  // `also expected`: no verdict
  CHECK(doc.sentences[2].type == SentenceType::report);  // the warners' forecast
  CHECK(doc.sentences[3].type == SentenceType::claim);   // the author's own `would`
  CHECK(doc.sentences[4].type == SentenceType::report);  // a refusal to say, reported
  CHECK(doc.sentences[5].type == SentenceType::report);  // a measure's terms in figures
}

TEST_CASE("en attributions round 4: reckonings, names with roles, participles, hypothetical thinkers", "[rules][en][types]") {
  const auto doc = run(
      "A drivers' charity, Roadwise, calculated last year that a commuter pays 900 dollars a year in tolls. "
      "The agency calculated the cost using hospital price lists. "
      "Ana Ruiz, the ward's senior nurse, told the inquiry that beds were short. "
      "The port's new owner, Keel Holdings, said it would hire 200 dockers. "
      "Fares rose, although he said they would fall. "
      "Travellers will wait a long time for the promised savings. "
      "It is wrong to think that a toll is the answer.");
  REQUIRE(doc.sentences.size() == 7);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 1) == 0);                   // reckoning as an act, no clause
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
  CHECK(doc.sentences[3].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 5) == 0);                   // `the promised` is an adjective
  CHECK(attributions_in(doc, 6) == 0);                   // the author's hypothetical thinker
  CHECK(doc.sentences[6].type == SentenceType::claim);
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "Roadwise");
      CHECK(str(doc, a.cue) == "calculated");
    }
    if (a.sentence == 2) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "Ana Ruiz");
      CHECK(str(doc, a.content) == "beds were short");
    }
    if (a.sentence == 3) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "Keel Holdings");
    }
    if (a.sentence == 4) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "he");
      CHECK(str(doc, a.cue) == "said");
    }
  }
}

TEST_CASE("en types round 5: the difficulty named, yardsticks, ranked judgements, doubt of appearances", "[rules][en][types]") {
  const auto doc = run(
      "The trouble lies in the second step. "
      "The catch was landed at the harbour on Monday. "
      "The pilot scheme has been, by almost any measure, a success. "
      "Agriculture is the bigger omission. "
      "The port is the biggest employer in the region. "
      "Scenes like these are exactly why the vote matters. "
      "The warning is not as certain as it sounds. "
      "Does anyone seriously believe that the port can pay?");
  REQUIRE(doc.sentences.size() == 8);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);  // `the catch was`: a thing, past tense
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(doc.sentences[3].type == SentenceType::claim);
  CHECK(doc.sentences[4].type == SentenceType::report);  // a ranking of a thing, not a judgement
  CHECK(doc.sentences[5].type == SentenceType::claim);
  CHECK(doc.sentences[6].type == SentenceType::claim);
  CHECK(doc.sentences[7].type == SentenceType::claim);   // the author's challenge
  CHECK(attributions_in(doc, 7) == 0);                   // nobody's statement
}

TEST_CASE("en attributions round 5: a titled source after the comma; comparisons and absences report nothing", "[rules][en][types]") {
  const auto doc = run(
      "Each extraction costs about 2,800 dollars, Dr. Weller estimates. "
      "The fee rose, as Dr. Weller noted. "
      "The strike costs far less than the operator claims. "
      "Even so, no carrier has yet announced that it will leave. "
      "The operator claims that the strike costs millions.");
  REQUIRE(doc.sentences.size() == 5);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 2) == 0);  // the author measuring the claim
  CHECK(attributions_in(doc, 3) == 0);  // nobody announced anything
  CHECK(doc.sentences[4].type == SentenceType::attribution);  // the claim itself, reported
  for (const auto& a : doc.attributions) {
    if (a.sentence > 1) continue;
    REQUIRE(a.source);
    CHECK(str(doc, *a.source) == "Weller");  // the honorific stays out, as in "...," Dr. X said
    CHECK(str(doc, a.cue) == (a.sentence == 0 ? "estimates" : "noted"));
  }
}

TEST_CASE("en types round 5: headlines stay meta; terms of a permit; where things appear", "[rules][en][types]") {
  const auto doc = run(
      "A merger the valley cannot afford\n\n"
      "The commission should refuse the merger. "
      "Under the permit that the council granted last June, the firm must report every crash within 24 hours. "
      "Under pressure, the council must act. "
      "Her promises appear nowhere in it. "
      "The plan appears unlikely to pass.");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::meta);    // a headline, whatever its cue
  CHECK(doc.sentences[1].type == SentenceType::claim);   // the same cue in the body
  CHECK(doc.sentences[2].type == SentenceType::report);  // what the permit requires
  CHECK(doc.sentences[3].type == SentenceType::claim);   // `under` with no determiner: no document
  CHECK(doc.sentences[4].type == SentenceType::report);  // where they are found
  CHECK(doc.sentences[5].type == SentenceType::claim);   // how it seems
}

TEST_CASE("en types round 6: partial verdicts, ranked arguments, unanswered questions, sums", "[rules][en][types]") {
  const auto doc = run(
      "Mr. Hale's warning is half right. "
      "The strongest objection is one that nobody made. "
      "The authority has not published what the hubs would cost. "
      "Whether the plan would work is the real question. "
      "The savings would fund a bonus of 5,000 dollars for every teacher. "
      "A bonus would keep teachers in the district.");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::report);  // the unknown, reported
  CHECK(doc.sentences[3].type == SentenceType::claim);   // the author's own question
  CHECK(doc.sentences[4].type == SentenceType::report);  // arithmetic
  CHECK(doc.sentences[5].type == SentenceType::claim);   // the author's forecast
}

TEST_CASE("en attributions round 6: data released by someone; a tag after a closing quote", "[rules][en][types]") {
  const auto doc = run(
      "Figures released on Monday by the Transport Department show that traffic has fallen by 19 percent. "
      "Small traders are \"paying for a policy designed for commuters,\" he said.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) {
      REQUIRE(a.source);
      // The captured phrase is narrowed to the entity it mentions (stage_attributions).
      CHECK(str(doc, *a.source) == "Transport Department");
      CHECK(str(doc, a.cue) == "show");
    }
    if (a.sentence == 1) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "he");
    }
  }
}

// Round 7: cue-less claims that fell back to report and reports taken for claims or
// attributions, from the type errors of nine English dev documents; each shape with
// a news sentence of the same surface that must keep its type.
TEST_CASE("en types round 7: corrections across a semicolon, an aside before `is not`, signposts", "[rules][en][types]") {
  const auto doc = run(
      "The levy is not a tax on the rich; it is a tax on renters. "
      "The company is not listed; it is owned by a family trust. "
      "The ferry is not running today; it is docked for repairs. "
      "A tax credit, however, is not a wage. "
      "A spokesman, however, is not a member of the board. "
      "Start with the hospitals. "
      "Start times for the schools were moved to nine.");
  REQUIRE(doc.sentences.size() == 7);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // the author's redefinition
  CHECK(doc.sentences[1].type == SentenceType::report);  // how it is owned: a description
  CHECK(doc.sentences[2].type == SentenceType::report);  // a state of the moment
  CHECK(doc.sentences[3].type == SentenceType::claim);   // a generic definition with an aside
  CHECK(doc.sentences[4].type == SentenceType::report);  // membership: a fact about a person
  CHECK(doc.sentences[5].type == SentenceType::claim);   // the author's signpost
  CHECK(doc.sentences[6].type == SentenceType::report);
}

TEST_CASE("en types round 7: another point in the case, nor, nothing in X suggests, evidence pointing away", "[rules][en][types]") {
  const auto doc = run(
      "There is also a quieter risk. "
      "There is also a curfew in place until Friday. "
      "There is a limit of two tickets per customer. "
      "Nor is it clear that the army wants 40,000 recruits. "
      "Nor were any arrests made. "
      "Nothing in the budget suggests the council has learned that lesson. "
      "Nothing in the house was taken. "
      "The numbers point elsewhere. "
      "The road points north toward the river.");
  REQUIRE(doc.sentences.size() == 9);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);  // no noun of argument, and dated
  CHECK(doc.sentences[2].type == SentenceType::report);  // measured
  CHECK(doc.sentences[3].type == SentenceType::claim);   // the author's negative case, carried on
  CHECK(doc.sentences[4].type == SentenceType::report);  // past tense: a report continued
  CHECK(doc.sentences[5].type == SentenceType::claim);
  CHECK(doc.sentences[6].type == SentenceType::report);  // no verb of showing
  CHECK(doc.sentences[7].type == SentenceType::claim);
  CHECK(doc.sentences[8].type == SentenceType::report);
}

TEST_CASE("en types round 7: judging predicates; penalties and terms of a rule; what a measure promises", "[rules][en][types]") {
  const auto doc = run(
      "The evidence is sobering. "
      "The army is in no position to train 40,000 recruits. "
      "The ship was in position by noon. "
      "Offenders could face a fine of up to 500 euros. "
      "Violators could face up to two years in prison. "
      "Retailers could face empty shelves before Christmas. "
      "The new rule would apply to companies with more than 50 employees. "
      "The new rule would hurt small companies. "
      "The new rule promises to cut waiting times in half. "
      "The company promises to deliver within two days.");
  REQUIRE(doc.sentences.size() == 10);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(doc.sentences[3].type == SentenceType::report);  // the penalty a rule sets
  CHECK(doc.sentences[4].type == SentenceType::report);
  CHECK(doc.sentences[5].type == SentenceType::claim);   // the author's forecast: no penalty
  CHECK(doc.sentences[6].type == SentenceType::report);  // the terms of a proposal
  CHECK(doc.sentences[7].type == SentenceType::claim);   // what it would do: the author's
  CHECK(doc.sentences[8].type == SentenceType::claim);   // what the author expects of a measure
  CHECK(attributions_in(doc, 8) == 0);
  CHECK(doc.sentences[9].type == SentenceType::report);  // a company's own offer, not the author's
  CHECK(attributions_in(doc, 9) == 0);
}

TEST_CASE("en attributions round 7: clauses that end in `that`, blame, findings without `that`", "[rules][en][types]") {
  const auto doc = run(
      "Ms. Lund said she took no comfort in that. "
      "She took no comfort in that. "
      "The company blamed a fall in demand for the closure. "
      "The crash was blamed on ice. "
      "A review of 12 studies by researchers at a Danish university found no link between the two. "
      "A report found on the seat of the car was handed to police.");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::attribution);  // the cause is the company's account
  CHECK(attributions_in(doc, 3) == 0);                        // passive: nobody blames
  CHECK(doc.sentences[4].type == SentenceType::attribution);  // the finding is the researchers'
  CHECK(attributions_in(doc, 5) == 0);                        // a report found somewhere
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) CHECK(str(doc, a.content) == "she took no comfort in that");
    if (a.sentence == 2) {
      CHECK(str(doc, a.cue) == "blamed");
      CHECK(str(doc, a.content) == "a fall in demand for the closure");
    }
    if (a.sentence == 4) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "researchers at a Danish university");
      CHECK(str(doc, a.cue) == "found");
      CHECK(str(doc, a.content) == "no link between the two");
    }
  }
}

TEST_CASE("en attributions round 7: speech verbs without a speaker or a statement", "[rules][en][types]") {
  const auto doc = run(
      "The rule changes what the form says about consent. "
      "The form says that applicants must be over 18. "
      "Officials did not tell residents when the water would return. "
      "A newsletter will not tell readers when the council overspends. "
      "Opt-out promises to close that gap. "
      "The mayor promised to fix the roads before winter. "
      "A landlord can always claim that the tenant caused the damage. "
      "Any critic could always argue that the money could be better spent.");
  REQUIRE(doc.sentences.size() == 8);
  CHECK(attributions_in(doc, 0) == 0);                        // the words are named, not reported
  CHECK(doc.sentences[1].type == SentenceType::attribution);  // a document as source
  CHECK(doc.sentences[2].type == SentenceType::report);       // a refusal to tell, reported
  CHECK(attributions_in(doc, 2) == 0);
  CHECK(doc.sentences[3].type == SentenceType::claim);        // the author's forecast of silence
  CHECK(attributions_in(doc, 3) == 0);
  CHECK(doc.sentences[4].type == SentenceType::claim);
  CHECK(attributions_in(doc, 4) == 0);
  CHECK(doc.sentences[5].type == SentenceType::attribution);  // a person's pledge, in the past
  CHECK(doc.sentences[6].type == SentenceType::claim);        // the hypothetical arguer
  CHECK(attributions_in(doc, 6) == 0);
  CHECK(doc.sentences[7].type == SentenceType::claim);
  CHECK(attributions_in(doc, 7) == 0);
}

TEST_CASE("en types round 7: what keeps the powerful honest", "[rules][en][types]") {
  const auto doc = run(
      "Legal notices pay for much of the reporting that keeps county government honest. "
      "Regular audits keep ministers accountable. "
      "Police kept the crowd in check outside the stadium. "
      "The firm keeps records for seven years.");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // the author's verdict on a function
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::report);  // past tense: an event
  CHECK(doc.sentences[3].type == SentenceType::report);  // keeping a thing, not keeping someone honest
}

TEST_CASE("en types round 8: typicality, old evidence, litotes, cold comfort, room for a deal", "[rules][en][types]") {
  const auto doc = run(
      "The delay at the hearing was not unusual. "
      "Rainfall was not unusual for March. "
      "The evidence behind that warning is not new. "
      "The rule is not new; it dates from 1998. "
      "For a family on the minimum wage, a 300-dollar fine is not a small matter. "
      "The firm is not a small business; it employs 4,000 people. "
      "That is cold comfort to the tenants who lost their deposits. "
      "Residents took comfort from the ruling on Monday. "
      "There is room for compromise. "
      "There is room for 40 cars in the new garage.");
  REQUIRE(doc.sentences.size() == 10);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // typicality judged
  CHECK(doc.sentences[1].type == SentenceType::report);  // measured against the season's norm
  CHECK(doc.sentences[2].type == SentenceType::claim);   // an argument's evidence judged old
  CHECK(doc.sentences[3].type == SentenceType::report);  // a rule with its history
  CHECK(doc.sentences[4].type == SentenceType::claim);   // litotes on a stake
  CHECK(doc.sentences[5].type == SentenceType::report);  // the size of a firm, measured
  CHECK(doc.sentences[6].type == SentenceType::claim);
  CHECK(doc.sentences[7].type == SentenceType::report);
  CHECK(doc.sentences[8].type == SentenceType::claim);   // the author's opening for a deal
  CHECK(doc.sentences[9].type == SentenceType::report);  // capacity, counted
}

TEST_CASE("en types round 8: refused inferences; schedules, terms and penalties under would and will", "[rules][en][types]") {
  const auto doc = run(
      "That does not mean the bridge is safe. "
      "The closure did not mean the end of the service, which resumed in May. "
      "Construction would not begin before 2027. "
      "A better plan would start by fixing the roads. "
      "The bill would also bar landlords from charging fees for repairs. "
      "The bill would be a disaster for small landlords. "
      "County inspectors would enforce it, with fines of up to $5,000 per violation. "
      "Who would enforce it? "
      "Nobody can say how many jobs are at stake. "
      "Nobody knows whether the plan will work. "
      "Any school that exceeds its quota will lose the right to enrol new pupils. "
      "Visitors have a right to see clean streets. "
      "Clubs that break the rule will lose their licence. "
      "The city will lose its best teachers to the suburbs. "
      "Many live in halls that would not otherwise house local families. "
      "Such halls would not house local families anyway.");
  REQUIRE(doc.sentences.size() == 16);
  CHECK(doc.sentences[0].type == SentenceType::claim);    // the author refusing an inference
  CHECK(doc.sentences[1].type == SentenceType::report);   // past tense: what happened
  CHECK(doc.sentences[2].type == SentenceType::report);   // a schedule with its year
  CHECK(doc.sentences[3].type == SentenceType::claim);    // the author's better plan
  CHECK(doc.sentences[4].type == SentenceType::report);   // the terms of a bill
  CHECK(doc.sentences[5].type == SentenceType::claim);    // a verdict on it
  CHECK(doc.sentences[6].type == SentenceType::report);   // enforcement and penalties
  CHECK(doc.sentences[7].type == SentenceType::claim);    // the author's question
  CHECK(doc.sentences[8].type == SentenceType::report);   // the state of knowledge
  CHECK(doc.sentences[9].type == SentenceType::claim);    // the author's hedge
  CHECK(doc.sentences[10].type == SentenceType::report);  // a right lost under the rule
  CHECK(doc.sentences[11].type == SentenceType::claim);   // what is owed, in the author's view
  CHECK(doc.sentences[12].type == SentenceType::report);  // a penalty of the rule
  CHECK(doc.sentences[13].type == SentenceType::claim);   // a forecast
  CHECK(doc.sentences[14].type == SentenceType::report);  // `that would not otherwise` describes
  CHECK(doc.sentences[15].type == SentenceType::claim);
}

TEST_CASE("en types round 8: captions by video, past inability, fractions, imperatives, the editorial's sides", "[rules][en][types]") {
  const auto doc = run(
      "A defendant appears by video link from the jail on Feb. 11. "
      "The minister appears to have misread the figures. "
      "He spent six days in jail because he could not pay the bail. "
      "The plan could fail if the ministry does not fund it. "
      "A buyer who takes the loan owes the state a fifth of the home's value, and the debt grows if prices rise. "
      "Extend the ban now, and let the science catch up. "
      "Close the loophole. "
      "Raise the Roof, a charity, will build 40 homes. "
      "Lift the ban, the farmers demanded. "
      "Fund managers sold shares on Monday. "
      "This newspaper has supported tighter rules when ministers consulted employers first. "
      "The union has supported the strike since March. "
      "We fear that the council has misjudged the mood.");
  REQUIRE(doc.sentences.size() == 13);
  CHECK(doc.sentences[0].type == SentenceType::report);   // a caption: how he appears in court
  CHECK(doc.sentences[1].type == SentenceType::claim);    // how it seems: a hedge
  CHECK(doc.sentences[2].type == SentenceType::report);   // inability in the past
  CHECK(doc.sentences[3].type == SentenceType::claim);
  CHECK(doc.sentences[4].type == SentenceType::report);   // the terms, with a fraction
  CHECK(doc.sentences[5].type == SentenceType::claim);    // imperatives of the author
  CHECK(doc.sentences[6].type == SentenceType::claim);
  CHECK(doc.sentences[7].type == SentenceType::report);   // a name, not an imperative
  CHECK(doc.sentences[8].type != SentenceType::claim);    // someone's demand, not the author's
  CHECK(doc.sentences[9].type == SentenceType::report);
  CHECK(doc.sentences[10].type == SentenceType::claim);   // the editorial voice
  CHECK(attributions_in(doc, 10) == 0);
  CHECK(doc.sentences[11].type == SentenceType::report);  // a union's support, reported
  CHECK(doc.sentences[12].type == SentenceType::claim);   // the author's fear
}

TEST_CASE("en attributions round 8: saying, pronoun blame, a group's worry, reasons to believe", "[rules][en][types]") {
  const auto doc = run(
      "The ministry raised the toll by 12 percent on Friday, saying the drought had cut traffic. "
      "He left the meeting early, saying nothing. "
      "The port authority raised its fees in June. "
      "It blamed a drought that has lowered the river. "
      "He blamed himself. "
      "Many teachers worry that pupils who skip the course will fall behind. "
      "The worry is that prices will rise. "
      "Shares fell amid fears that the bank would fail. "
      "Is there any reason to believe that the rule will work? "
      "Investigators believe that the fire was set deliberately. "
      "Fund the clinics first and argue about the rest later. "
      "Treat the two cases separately, the judge told the jury.");
  REQUIRE(doc.sentences.size() == 12);
  CHECK(doc.sentences[0].type == SentenceType::attribution);  // the reason is the ministry's account
  CHECK(attributions_in(doc, 1) == 0);                        // saying nothing reports nothing
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[3].type == SentenceType::attribution);  // a pronoun source blames a cause
  CHECK(attributions_in(doc, 4) == 0);                        // a reflexive: no account of a cause
  CHECK(doc.sentences[5].type == SentenceType::attribution);  // a generic but real source
  CHECK(attributions_in(doc, 6) == 0);                        // the worry as a noun
  CHECK(attributions_in(doc, 7) == 0);
  CHECK(doc.sentences[7].type == SentenceType::report);
  CHECK(doc.sentences[8].type == SentenceType::claim);        // the author weighing grounds
  CHECK(attributions_in(doc, 8) == 0);
  CHECK(doc.sentences[9].type == SentenceType::attribution);
  CHECK(doc.sentences[10].type == SentenceType::claim);       // the author's advice
  CHECK(attributions_in(doc, 10) == 0);
  CHECK(doc.sentences[11].type == SentenceType::attribution);  // a past-tense tag still reports
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "The ministry");
      CHECK(str(doc, a.cue) == "saying");
      CHECK(str(doc, a.content) == "the drought had cut traffic");
    }
    if (a.sentence == 3) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "It");
      CHECK(str(doc, a.content) == "a drought that has lowered the river");
    }
    if (a.sentence == 5) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "Many teachers");
      CHECK(str(doc, a.cue) == "worry");
    }
  }
}

TEST_CASE("en types round 9: causes refused, signposts, tasks, verdicts in few words", "[rules][en][types]") {
  const auto doc = run(
      "That was not because the drivers lacked training. "
      "It was because of ice on the runway that the flight was delayed. "
      "It was because they had no lever to pull. "
      "It was because the council had no money left that the library closed. "
      "There is also the water. "
      "There is also a bus at noon on Sundays. "
      "The old ferry is not coming back. "
      "The ferry is not coming back until May. "
      "The task now is to rebuild trust. "
      "The task of the commission is to review the boundaries by 2026. "
      "The cost of the bridge is another matter. "
      "The court will hear another matter on Friday. "
      "That argument has some force for a research chemist. "
      "The law has no force until it is published in the gazette. "
      "The council's own plans point that way. "
      "The arrows on the map point that way. "
      "The ambition is right. "
      "The patient is right-handed. "
      "The reactor built in 1990 is neither safe nor cheap. "
      "The driver was neither injured nor charged.");
  REQUIRE(doc.sentences.size() == 20);
  CHECK(doc.sentences[0].type == SentenceType::claim);    // a cause refused by the author
  CHECK(doc.sentences[1].type == SentenceType::report);   // `because of`: a cause reported
  CHECK(doc.sentences[2].type == SentenceType::claim);    // the author's explanation
  CHECK(doc.sentences[3].type == SentenceType::report);   // a cleft: the news of a cause
  CHECK(doc.sentences[4].type == SentenceType::claim);    // a signpost
  CHECK(doc.sentences[5].type == SentenceType::report);   // things counted, with a time
  CHECK(doc.sentences[6].type == SentenceType::claim);    // gone for good: a forecast
  CHECK(doc.sentences[7].type == SentenceType::report);   // a schedule
  CHECK(doc.sentences[8].type == SentenceType::claim);
  CHECK(doc.sentences[9].type == SentenceType::report);   // a mandate described
  CHECK(doc.sentences[10].type == SentenceType::claim);
  CHECK(doc.sentences[11].type == SentenceType::report);  // a court's docket
  CHECK(doc.sentences[12].type == SentenceType::claim);   // an argument weighed
  CHECK(doc.sentences[13].type == SentenceType::report);  // legal force
  CHECK(doc.sentences[14].type == SentenceType::claim);   // evidence read
  CHECK(doc.sentences[15].type == SentenceType::report);
  CHECK(doc.sentences[16].type == SentenceType::claim);
  CHECK(doc.sentences[17].type == SentenceType::report);
  CHECK(doc.sentences[18].type == SentenceType::claim);   // two judgements refused, present
  CHECK(doc.sentences[19].type == SentenceType::report);  // the past: what happened
}

TEST_CASE("en types round 9: words that describe, terms of a scheme, notes at the foot", "[rules][en][types]") {
  const auto doc = run(
      "She took a better-paid job at a bakery across the street. "
      "The worst-hit towns lost power for three days. "
      "The plan is the worst of both worlds. "
      "The full failure report is due in December. "
      "The plan is a failure. "
      "The council will pay owners 60 per cent of what their homes were worth in 2015. "
      "The plan is not worth the paper it is written on. "
      "The district suspended six routes because it could not find enough drivers. "
      "The plan is not enough. "
      "Parcels will still arrive six days a week. "
      "Trains will run every 15 minutes from Monday. "
      "The plan will fail within a year. "
      "The broadcaster would instead receive a fixed grant, reviewed every three years. "
      "Under state rules, districts must provide buses to pupils who live more than two miles away. "
      "Under pressure from voters, the council must act now. "
      "Ms. Reyes never saw a judge; she simply gave up the raise. "
      "The plan simply ignores the cost. "
      "Officials have not yet said what the rules would contain. "
      "Nobody knows what the rules would contain. "
      "Today the hare appears on the town's bus tickets and on every tourism leaflet. "
      "Today every child needs a phone.");
  REQUIRE(doc.sentences.size() == 21);
  CHECK(doc.sentences[0].type == SentenceType::report);   // a compound adjective describes
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(doc.sentences[3].type == SentenceType::report);   // `failure` naming a report
  CHECK(doc.sentences[4].type == SentenceType::claim);
  CHECK(doc.sentences[5].type == SentenceType::report);   // a payment in figures; a value measured
  CHECK(doc.sentences[6].type == SentenceType::claim);
  CHECK(doc.sentences[7].type == SentenceType::report);   // a shortfall in the past
  CHECK(doc.sentences[8].type == SentenceType::claim);
  CHECK(doc.sentences[9].type == SentenceType::report);   // a service's frequency
  CHECK(doc.sentences[10].type == SentenceType::report);
  CHECK(doc.sentences[11].type == SentenceType::claim);   // a forecast
  CHECK(doc.sentences[12].type == SentenceType::report);  // the terms of a proposal
  CHECK(doc.sentences[13].type == SentenceType::report);  // a rule's terms
  CHECK(doc.sentences[14].type == SentenceType::claim);   // the author's demand
  CHECK(doc.sentences[15].type == SentenceType::report);  // `simply` before a plain past
  CHECK(doc.sentences[16].type == SentenceType::claim);
  CHECK(doc.sentences[17].type == SentenceType::report);  // a silence reported
  CHECK(doc.sentences[18].type == SentenceType::claim);
  CHECK(doc.sentences[19].type == SentenceType::report);  // the state of things today
  CHECK(doc.sentences[20].type == SentenceType::claim);   // a generalisation
}

TEST_CASE("en types round 9: phrases of judgement and a columnist's note", "[rules][en][types]") {
  const auto doc = run(
      "The announcement drew the predictable howls.\n\n"
      "The announcement drew 300 letters.\n\n"
      "There is also something to be said for a piece of art that people argue about.\n\n"
      "Keeping a year of everyone's movements to catch the other 4 percent is a poor bargain.\n\n"
      "I am willing to take him at his word.\n\n"
      "Jane Doe writes about science and the environment.\n\n"
      "Jane Doe writes that the plan is doomed.\n\n"
      "Hugh Tennant's column appears every Friday.\n\n"
      "The column appears to have misread the figures.");
  REQUIRE(doc.sentences.size() == 9);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(attributions_in(doc, 2) == 0);                    // an idiom, not speech
  CHECK(doc.sentences[3].type == SentenceType::claim);
  CHECK(doc.sentences[4].type == SentenceType::claim);
  CHECK(doc.sentences[5].type == SentenceType::meta);     // the note at the foot
  CHECK(doc.sentences[6].type == SentenceType::attribution);
  CHECK(doc.sentences[7].type == SentenceType::meta);
  CHECK(doc.sentences[8].type == SentenceType::claim);    // a hedge, no note
}

TEST_CASE("en attributions round 9: the inverted tag, a second statement, figures with an aside, no speech", "[rules][en][types]") {
  const auto doc = run(
      "The schools will stay open, said Mayor Tom Reed. "
      "The fire started in the kitchen, said the fire chief. "
      "The roads were icy, said Tuesday's bulletin. "
      "Ms. Lane said on Monday that the cuts would go ahead, while warning that more might follow. "
      "The ministry raised the toll in May, noting that traffic had fallen. "
      "The bank's own figures, published in March, show that lending fell by 9 percent. "
      "The figures, he said, show that lending fell. "
      "A service designed for a country that wrote letters is being paid for by a country that no longer does. "
      "She wrote in a memo that the office would close. "
      "It is hard to argue with him. "
      "How the council treats these families will tell every other town what to expect. "
      "The council's own plans promised to maintain the wall. "
      "The mayor promised that the pool would reopen in May. "
      "Start with the secrets that employers say they are protecting. "
      "Officials have not yet said when the bridge will reopen. "
      "Rural campaigners point out that older people rely on the post. "
      "Gambling firms spent 1.5 billion pounds on marketing, according to estimates by the firm AdWatch.");
  REQUIRE(doc.sentences.size() == 17);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 2) == 0);                    // a weekday is no speaker
  CHECK(attributions_in(doc, 3) == 2);                    // said ..., while warning ...
  CHECK(doc.sentences[4].type == SentenceType::attribution);
  CHECK(doc.sentences[5].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 6) == 1);                    // the speaker's tag only
  CHECK(attributions_in(doc, 7) == 0);                    // writing a thing
  CHECK(attributions_in(doc, 8) == 1);
  CHECK(attributions_in(doc, 9) == 0);
  CHECK(doc.sentences[9].type == SentenceType::claim);
  CHECK(attributions_in(doc, 10) == 0);                   // a thing that will teach
  CHECK(attributions_in(doc, 11) == 0);                   // a promise to act, no clause
  CHECK(attributions_in(doc, 12) == 1);
  CHECK(attributions_in(doc, 13) == 0);                   // a signpost
  CHECK(doc.sentences[13].type == SentenceType::claim);
  CHECK(attributions_in(doc, 14) == 0);
  CHECK(doc.sentences[14].type == SentenceType::report);
  CHECK(doc.sentences[15].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 16) == 1);                   // `according to`, not `estimates`
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "Tom Reed");
      CHECK(str(doc, a.content) == "The schools will stay open");
    }
    if (a.sentence == 1) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "the fire chief");
    }
    if (a.sentence == 4) CHECK(str(doc, a.cue) == "noting");
    if (a.sentence == 16) CHECK(str(doc, a.cue) == "according to");
  }
}

TEST_CASE("en types: the terms of a rule named after them are reported", "[rules][en]") {
  const auto doc = run(
      "Lenders will have to check that customers can afford their repayments, under rules the authority "
      "published on Thursday. "
      "Lenders will have to check that customers can afford their repayments, under pressure from voters.");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::report);  // what the new rules require
  CHECK(doc.sentences[1].type == SentenceType::claim);   // no rule: the author's forecast
}

TEST_CASE("en types: a headline stays meta, whatever cues it holds", "[rules][en][types]") {
  const auto doc = run(
      "Free buses are a costly gift, not a transport policy\n\n"
      "The council voted on Monday to make every bus free. Free buses are a costly gift, not a transport policy.\n");
  REQUIRE(doc.sentences.size() == 3);
  // A paragraph of one sentence ending in a word: a heading. Its evaluation and contrast
  // (a costly gift, not a policy) is the piece's point in brief, not a claim of the body.
  CHECK(doc.sentences[0].type == SentenceType::meta);
  CHECK(doc.sentences[1].type == SentenceType::report);
  // The same words as a body sentence, with its full stop: the author's claim.
  CHECK(doc.sentences[2].type == SentenceType::claim);
}

TEST_CASE("en types round 10: cue-less verdicts on grounds, strength, size and function", "[rules][en][types]") {
  const auto doc = run(
      "The case for a four-day week rests on what happens to output. "   // 0 claim: the grounds named
      "The case was adjourned until March. "                              // 1 report: a court case
      "That is where the ministry's argument is weakest. "                // 2 claim: an argument graded
      "Winds were strongest near the coast. "                             // 3 report: weather
      "Tuition fees were never the main barrier to university. "          // 4 claim: a correction
      "The mayor was never charged. "                                     // 5 report
      "Either way, the cost lands on tenants. "                           // 6 claim: the author's inference
      "The first bridge was safe. "                                       // 7 report
      "This one is not. "                                                 // 8 claim: elliptic verdict
      "The ferry is running today; the bus is not. "                      // 9 report: a state
      "The county has problems of its own. "                              // 10 claim
      "The company has a plant of its own in Ohio. "                      // 11 report
      "That is exactly what reserves were built up to do. "               // 12 claim: function judged
      "That is exactly what happened in 2019, when the dam failed. "      // 13 report
      "Funding is the other open question. "                              // 14 claim
      "Solar power is only cheap if the grid has batteries. "             // 15 claim: a condition weighed
      "The pass is only valid if it was bought on Monday. "               // 16 report: terms of a ticket
      "The rise in rents is modest. "                                     // 17 claim: size judged now
      "The damage was modest. "                                           // 18 report: the past describes
      "That is a modest price for a safer junction. "                     // 19 claim: a price weighed
      "The museum charges a small fee for guided tours. "                 // 20 report
      "These are not small sums. "                                        // 21 claim: litotes
      "The phrase \"under review\" is doing a great deal of work here. "  // 22 claim: a word's work
      "Volunteers from two towns are doing most of the work.");           // 23 report
  check_types(doc, {c, r, c, r, c, r, c, r, c, r, c, r, c, r, c, c, r, c, r, c, r, c, c, r});
}

TEST_CASE("en types round 10: the terms of plans and rules with must, will and would", "[rules][en][types]") {
  const auto doc = run(
      "The merger must also be approved by the competition regulator. "  // 0 report: a step of procedure
      "The council must act before the river floods again. "             // 1 claim: the author's demand
      "The treaty needs support abroad, and the assembly must ratify it by a three-fifths majority. "  // 2 report
      "The board will publish its findings in the autumn. "              // 3 report: a schedule by season
      "The council will regret this decision by next spring. "           // 4 claim: a forecast
      "From next month, cyclists will pay a toll on the bridge. "        // 5 report: a rule from a date on
      "From next year, the city will have to find the money somewhere else. "  // 6 claim: a warning
      "Nurses would instead be based at two larger clinics. "            // 7 report: where the plan puts staff
      "The money would be better spent on buses. "                       // 8 claim
      "Pensioners will still be able to travel free. "                   // 9 report: what users keep
      "The county would repay the loan over 30 years. "                  // 10 report: terms in figures
      "A second runway would probably cost 3 billion dollars.");         // 11 claim: a hedged estimate
  check_types(doc, {r, c, r, r, c, r, c, r, c, r, r, c});
}

TEST_CASE("en types round 10: a manner adverb that grades, and what matters much less", "[rules][en][types]") {
  const auto doc = run(
      "A flat levy shares the burden fairly. "                                          // 0 claim: graded
      "The new rent is fairly low for the area. "                                       // 1 report: a degree word
      "Where the bus stops matters to shoppers; it matters much less to the two haulage firms. "  // 2 claim
      "Spending on roads rose.");                                                       // 3 report
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(doc.sentences[3].type == SentenceType::report);
}

TEST_CASE("en types round 11: the risk named as a clause, obstacles counted", "[rules][en][types]") {
  const auto doc = run(
      "The danger now is that the council loses its nerve. "   // 0 claim: the author's warning
      "The risk was rated high by the inspectors. "            // 1 report: a rating described
      "The first obstacle is money. "                          // 2 claim: the author counting obstacles
      "The first vote is on Tuesday. "                         // 3 report: an event counted
      "The bigger one is the cost of staff. "                  // 4 claim: a comparison of issues
      "The second one is due in May.");                        // 5 report: a schedule
  check_types(doc, {c, r, c, r, c, r});
}

TEST_CASE("en types round 11: a yes-no question in the author's voice reports nobody", "[rules][en][types]") {
  const auto doc = run(
      "Can anyone at the council say for certain that the bridge is safe? "  // 0 claim, no attribution
      "Has any town ever found that a curfew cut crime? "                      // 1 claim, no attribution
      "The mayor said on Monday that the bridge is safe.");                    // 2 attribution: a statement
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(attributions_in(doc, 0) == 0);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(attributions_in(doc, 1) == 0);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
}

TEST_CASE("en types round 11: a measure set by someone's words is the author's comparison", "[rules][en][types]") {
  const auto doc = run(
      "If the ferry is as safe as the operator says, publishing the inspection will cost nothing. "  // 0 claim
      "Stadiums never earn what their owners say they will. "                                       // 1 claim
      "The operator says the ferry is safe.");                                                       // 2 attribution
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(attributions_in(doc, 0) == 0);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(attributions_in(doc, 1) == 0);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
}

TEST_CASE("en types round 11: exactly the right course; terms kept and sanctions set by a rule", "[rules][en][types]") {
  const auto doc = run(
      "That is exactly the right position. "                                // 0 claim: endorsed
      "The fare is exactly the same as last year. "                         // 1 report: measured
      "Plastic cups would remain free. "                                    // 2 report: a term of the levy
      "The town will remain poor for a generation. "                        // 3 claim: a forecast
      "Landlords who break the rules will face an inquiry by the regulator. "  // 4 report: the sanction
      "Families who lose the subsidy will face a hard winter.");            // 5 claim: a forecast
  check_types(doc, {c, r, r, c, r, c});
}

TEST_CASE("en types round 11: insisting on a thing, a trailing source with a title's point", "[rules][en][types]") {
  const auto doc = run(
      "Some clubs insist on white kit and send players home for wearing colours. "    // 0 report: a practice
      "The mayor insisted on Tuesday that the road would open. "                       // 1 attribution
      "Fares rose 9 percent last year, a study by Dr. Ana Reyes at Tolland University found.");  // 2 attribution
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(attributions_in(doc, 0) == 0);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
  REQUIRE(attributions_in(doc, 2) == 1);
  for (const auto& a : doc.attributions)
    if (a.sentence == 2) CHECK(str(doc, a.cue) == "found");
}

TEST_CASE("en types round 11: a body or its study proposing or reckoning, with no that", "[rules][en][types]") {
  const auto doc = run(
      "The study recommends a 300-metre sea wall along the front. "               // 0 attribution
      "The transport ministry estimates the bridge would cost 2 billion pounds. "  // 1 attribution
      "The study area projects into the bay.");                                    // 2 report: no speaker
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  REQUIRE(attributions_in(doc, 1) == 1);
  for (const auto& a : doc.attributions)
    if (a.sentence == 1) CHECK(str(doc, a.content) == "the bridge would cost 2 billion pounds");
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(attributions_in(doc, 2) == 0);
}

TEST_CASE("en types round 11: what a document leaves out is its terms, not a generalisation", "[rules][en][types]") {
  const auto doc = run(
      "The treaty contains no limit on fishing. "                                  // 0 report: its terms
      "The contract gives the city no say over where the trucks will park. "        // 1 report
      "The plan offers no answer to the housing shortage.");                       // 2 claim: a verdict
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::claim);
}

TEST_CASE("en types round 11: simple, or easy to count, judged in the present tense", "[rules][en][types]") {
  const auto doc = run(
      "The voters' task is simple. "               // 0 claim: the author's assessment
      "The cost of the delay is easy to count. "   // 1 claim
      "The design was simple. "                    // 2 report: the past describes
      "The form is simple to fill in.");           // 3 report: how a form works
  check_types(doc, {c, c, r, r});
}

TEST_CASE("en types round 12: the moment to act; a schedule by next weekday or month", "[rules][en][types]") {
  const auto doc = run(
      "The budget debate is the moment to fix the formula. "                 // 0 claim: the author's call
      "The interval was the moment to buy drinks. "                          // 1 report: what happened
      "The county will start charging for parking next March. "              // 2 report: a schedule
      "From next Monday, every stall will need a licence. "                  // 3 report: a rule from a date
      "From next Monday, the council will have to find the money elsewhere.");  // 4 claim: a warning
  check_types(doc, {c, r, r, r, c});
}

TEST_CASE("en types round 12: a body's hope or expectation, a statement in a participle", "[rules][en][types]") {
  const auto doc = run(
      "The water board hopes the new meters will cut leaks. "                 // 0 attribution: its forecast
      "It expects the new line to carry 9,000 passengers a day. "             // 1 attribution
      "The club hopes to open the pool in May. "                              // 2 report: an intention
      "The Northfield Taxi Drivers Association opposed the plan, saying fares would rise. "  // 3 attribution
      "The minister defended the cuts on Friday, telling reporters that the budget would balance. "  // 4
      "The mayor opened the bridge on Friday, telling jokes to the crowd.");  // 5 report: no statement
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(attributions_in(doc, 2) == 0);
  CHECK(doc.sentences[3].type == SentenceType::attribution);
  CHECK(doc.sentences[4].type == SentenceType::attribution);
  CHECK(doc.sentences[5].type == SentenceType::report);
  CHECK(attributions_in(doc, 5) == 0);
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) CHECK(str(doc, a.cue) == "hopes");
    if (a.sentence == 3) {
      // The whole name of the body (the engine may leave its article out).
      REQUIRE(a.source);
      CHECK(str(doc, *a.source).find("Northfield Taxi Drivers Association") != std::string::npos);
    }
    if (a.sentence == 4) {
      CHECK(str(doc, a.cue) == "telling");
      CHECK(str(doc, a.content) == "the budget would balance");
    }
  }
}

TEST_CASE("en types round 12: a class named by a relative clause; a remedy or evidence offered", "[rules][en][types]") {
  const auto doc = run(
      "A bakery that raises its prices loses its regulars. "   // 0 claim: a generalisation
      "A woman who lives nearby found the dog. "               // 1 report: a particular person, past
      "A shop that opened in 2019 employs 12 people. "         // 2 report: dated and counted
      "There is a cheaper remedy. "                            // 3 claim: the author's remedy
      "There is some evidence, though. "                       // 4 claim
      "There is a fix scheduled for March.");                  // 5 report: a schedule
  check_types(doc, {c, r, r, c, c, r});
}

TEST_CASE("en types round 12: an argument for a course, a flattering comparison, not X either", "[rules][en][types]") {
  const auto doc = run(
      "Their own survey is an argument for a bigger depot. "            // 0 claim: what a fact supports
      "The lawyer made the case for the defence on Monday. "            // 1 report: advocacy, dated
      "This arithmetic flatters the new contract. "                     // 2 claim: a comparison judged
      "The minister flattered the visiting delegation on Monday. "      // 3 report: what happened
      "The alternative is not free, either. "                           // 4 claim: a point added
      "The driver was not hurt either.");                               // 5 report: the past
  check_types(doc, {c, r, c, r, c, r});
}

TEST_CASE("en types round 12: a body's own document that shows or lists, with no that", "[rules][en][types]") {
  const auto doc = run(
      "The trust's own accounts show a deficit of 2 million pounds. "   // 0 attribution: the issuer's figure
      "Yet the same survey lists 40 faults in the station. "            // 1 attribution
      "The figures show a steady rise. "                                // 2 no owner: no attribution
      "The museum's own collection shows the history of the town.");    // 3 no document: no attribution
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 2) == 0);
  CHECK(attributions_in(doc, 3) == 0);
  CHECK(doc.sentences[3].type == SentenceType::report);
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) CHECK(str(doc, a.content) == "a deficit of 2 million pounds");
    if (a.sentence == 1) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "the same survey");
      CHECK(str(doc, a.cue) == "lists");
    }
  }
}

TEST_CASE("en types round 12: a relative clause that promises a thing says nothing", "[rules][en][types]") {
  const auto doc = run(
      "The firm that promised free delivery closed in May. "   // 0 report: a thing promised, no statement
      "The firm promised that deliveries would be free.");     // 1 attribution: a clause promised
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(attributions_in(doc, 0) == 0);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 1) == 1);
}

TEST_CASE("en types round 12: an open question that depends on something", "[rules][en][types]") {
  const auto doc = run(
      "Whether the ferry survives depends on what the county does next. "   // 0 claim: the author's condition
      "What the town gets depends on three things. "                        // 1 claim
      "The payout depends on length of service.");                          // 2 report: a rule stated
  check_types(doc, {c, c, r});
}

TEST_CASE("en types round 12: a speaker named before a long role or a relative clause", "[rules][en][types]") {
  const auto doc = run(
      "Maria Osei, a nurse who has worked on the ward for eleven years and chairs the staff forum at the "
      "hospital, said the rota was unsafe. "                                                  // 0 attribution
      "Tom Reyes, who has driven buses in the city for 19 years and trains most of its new drivers, said the "
      "routes were too long. "                                                                // 1 attribution
      "Maria Osei, a nurse who has worked on the ward for eleven years, retired in May.");    // 2 report
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(attributions_in(doc, 2) == 0);
  for (const auto& a : doc.attributions) {
    if (a.sentence > 1) continue;
    REQUIRE(a.source);
    CHECK(str(doc, *a.source) == (a.sentence == 0 ? "Maria Osei" : "Tom Reyes"));
  }
}

TEST_CASE("en types round 12: a proposal or a suggestion with its clause", "[rules][en][types]") {
  const auto doc = run(
      "The tenants' union has proposed that rents be frozen for a year. "   // 0 attribution
      "Councillor Ada Finch suggested that the library open on Sundays. "   // 1 attribution
      "The council proposed a budget of 40 million pounds.");               // 2 report: an act
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(attributions_in(doc, 2) == 0);
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) CHECK(str(doc, a.content) == "rents be frozen for a year");
    if (a.sentence == 1) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "Ada Finch");
      CHECK(str(doc, a.cue) == "suggested");
    }
  }
}

TEST_CASE("en types round 12: what something amounts to for someone", "[rules][en][types]") {
  const auto doc = run(
      "For a family on one income, that is a month's food. "             // 0 claim: the author weighing it
      "For the county, that is almost four times its annual budget.");   // 1 report: arithmetic
  check_types(doc, {c, r});
}

TEST_CASE("en types round 12: a generic subject that does not do something", "[rules][en][types]") {
  const auto doc = run(
      "A shorter week does not shrink the syllabus. "        // 0 claim: a connection denied
      "Lodgers do not have tenancies. "                      // 1 report: a lack described
      "The scheme does not reach tenants who sublet.");      // 2 report: one particular scheme
  check_types(doc, {c, r, r});
}

TEST_CASE("en types round 12: according to a source with a plural possessive", "[rules][en][types]") {
  const auto doc = run(
      "According to the Teachers' Union, 40 schools have no nurse. "   // 0 attribution
      "The Teachers' Union met on Monday.");                           // 1 report
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(attributions_in(doc, 1) == 0);
  for (const auto& a : doc.attributions)
    if (a.sentence == 0) {
      REQUIRE(a.source);
      // The whole name, apostrophe included (the engine may leave the article out).
      CHECK(str(doc, *a.source).find("Teachers' Union") != std::string::npos);
      CHECK(str(doc, a.content) == "40 schools have no nurse");
    }
}

TEST_CASE("en types round 12: a verdict given with 'as' is the speaker's", "[rules][en][types]") {
  const auto doc = run(
      "Ana Brill, the union's president, welcomed the deal as \"a fair settlement\". "   // 0 attribution
      "Landlords dismiss the levy as a tax on thrift. "                                  // 1 attribution
      "The museum welcomed visitors as early as 1990.");                                 // 2 report: an act
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(attributions_in(doc, 2) == 0);
  for (const auto& a : doc.attributions) {
    if (a.sentence == 0) {
      REQUIRE(a.source);
      CHECK(str(doc, *a.source) == "Ana Brill");
      CHECK(str(doc, a.content) == "a fair settlement");
    }
    if (a.sentence == 1) CHECK(str(doc, a.cue) == "dismiss");
  }
}

TEST_CASE("en types round 12: a company's accounts, and data submitted to a body, that show", "[rules][en][types]") {
  const auto doc = run(
      "Water use fell 9 percent last year, the utility's annual accounts show. "   // 0 attribution
      "Figures submitted to the regulator show that 30 trains ran late in May. "    // 1 attribution
      "The accounts were filed late.");                                             // 2 report
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(attributions_in(doc, 2) == 0);
  for (const auto& a : doc.attributions)
    if (a.sentence == 0) CHECK(str(doc, a.content) == "Water use fell 9 percent last year");
}

TEST_CASE("en types: 'has not X; it has Y' corrects what a measure did: a claim and a thesis cue", "[rules][en][types]") {
  const auto doc = run(
      "The new app has not ended the scramble for appointments; it has moved the scramble online. "  // 0 claim
      "The fifth day has not disappeared, either; it has simply been handed to parents. "           // 1 claim
      "The council has not met since May; its next meeting is on Monday.");                        // 2 report
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::report);  // a schedule, no correction
  CHECK(testing::fired(doc, 0, "en.thesis.contrast"));
  CHECK_FALSE(testing::fired(doc, 2, "en.thesis.contrast"));
}

TEST_CASE("en types round 13: a demonstrative summing up with a verdict word is the author's", "[rules][en][types]") {
  const auto doc = run(
      "Those are not the figures of a thriving harbour. "        // 0 claim: the author's reading
      "These are precisely the tenants the fund was meant to help. "  // 1 claim
      "That is not due until the autumn. "                        // 2 report: a schedule
      "That is just over 30 percent of the budget.");             // 3 report: arithmetic
  check_types(doc, {c, c, r, r});
  CHECK(testing::fired(doc, 0, "en.claim.demonstrative_verdict"));
  CHECK_FALSE(testing::fired(doc, 2, "en.claim.demonstrative_verdict"));
  CHECK_FALSE(testing::fired(doc, 3, "en.claim.demonstrative_verdict"));
}

TEST_CASE("en types round 13: 'matters' closing a sentence ranks what counts", "[rules][en][types]") {
  const auto doc = run(
      "Ventilation matters too. "                        // 0 claim
      "For a school with no hall, that matters. "        // 1 claim
      "The clerk handles licensing matters too.");       // 2 report: the noun
  check_types(doc, {c, c, r});
  CHECK(testing::fired(doc, 0, "en.claim.matters_end"));
  CHECK_FALSE(testing::fired(doc, 2, "en.claim.matters_end"));
}

TEST_CASE("en types round 13: a worry or flaw ranked by a comparative is the author weighing problems", "[rules][en][types]") {
  const auto doc = run(
      "Parking is the bigger worry. "                           // 0 claim
      "The scheme's deeper flaw is its timetable. "             // 1 claim
      "Homes near the river face a greater risk of flooding. "  // 2 report: a risk measured, not weighed
      "The bridge failed its second inspection.");              // 3 report
  check_types(doc, {c, c, r, r});
  CHECK(testing::fired(doc, 0, "en.claim.ranked_worry"));
  CHECK_FALSE(testing::fired(doc, 2, "en.claim.ranked_worry"));
}

TEST_CASE("en types round 13: a duty with a dated deadline, or a compliance verb after 'will have to', is a rule's terms", "[rules][en][types]") {
  const auto doc = run(
      "The operator must repair any fault within 72 hours of a report. "  // 0 report: a permit's terms
      "The board must decide before October 3. "                         // 1 report: a procedural deadline
      "The council must act before the next flood. "                     // 2 claim: the author's demand
      "Landlords will have to register each tenancy with the council. "   // 3 report: what the law obliges
      "The ministry will have to win back the growers first.");          // 4 claim: the author's forecast
  check_types(doc, {r, r, c, r, c});
  CHECK(testing::fired(doc, 0, "en.veto.must_deadline"));
  CHECK(testing::fired(doc, 3, "en.veto.will_have_to_comply"));
  CHECK_FALSE(testing::fired(doc, 4, "en.veto.will_have_to_comply"));
}

TEST_CASE("en types round 13: what a scheme permits or provides after 'will be' is its terms", "[rules][en][types]") {
  const auto doc = run(
      "Cyclists will be allowed on the towpath. "             // 0 report: the scheme's terms
      "Lockers will be available at the main entrance. "      // 1 report
      "The new permit will not be free. "                     // 2 claim: the author's forecast
      "Nobody will be able to afford a flat in the centre.");  // 3 claim: a generalising forecast
  check_types(doc, {r, r, c, c});
  CHECK(testing::fired(doc, 0, "en.veto.will_be_provided"));
  CHECK_FALSE(testing::fired(doc, 2, "en.veto.will_be_provided"));
}

TEST_CASE("en types round 13: a short sentence announcing other courses is the author's signpost", "[rules][en][types]") {
  const auto doc = run(
      "The trust has options. "                         // 0 claim
      "There is a fairer way. "                         // 1 claim
      "The canteen now has vegetarian options. "        // 2 report: a menu
      "Three other options were rejected in March.");   // 3 report: an event
  check_types(doc, {c, c, r, r});
  CHECK(testing::fired(doc, 0, "en.claim.alternatives"));
  CHECK_FALSE(testing::fired(doc, 2, "en.claim.alternatives"));
}

TEST_CASE("en types round 13: a short present-tense denial with nothing measured is the author's verdict", "[rules][en][types]") {
  const auto doc = run(
      "The new timetable is not perfect. "              // 0 claim
      "The objections are not in dispute. "             // 1 claim
      "Dogs are not allowed on the beach. "             // 2 report: a rule's terms
      "The clinic is not part of the trust. "           // 3 report: a status
      "Ms Hale is not a member of the board.");         // 4 report: a fact about a person
  check_types(doc, {c, c, r, r, r});
  CHECK(testing::fired(doc, 0, "en.claim.short_denial"));
  CHECK_FALSE(testing::fired(doc, 3, "en.claim.short_denial"));
  CHECK_FALSE(testing::fired(doc, 4, "en.claim.short_denial"));
}

TEST_CASE("en types round 13: what a kind of thing cannot do, and what people cannot be asked to do", "[rules][en][types]") {
  const auto doc = run(
      "A leaflet cannot answer a question at nine in the evening. "         // 0 claim: a limit judged
      "Carers cannot be expected to wait until the next budget. "            // 1 claim
      "Parents can raise money for a minibus; they cannot raise 2 million pounds. "  // 2 claim
      "Under the scheme, a tenant cannot sublet the flat for 3 years. "      // 3 report: a rule's terms
      "The Kelby depot cannot store more than 400 tonnes.");                // 4 report: a capacity
  check_types(doc, {c, c, c, r, r});
  CHECK(testing::fired(doc, 0, "en.claim.cannot_generic"));
  CHECK(testing::fired(doc, 2, "en.claim.cannot_generic"));
  CHECK_FALSE(testing::fired(doc, 3, "en.claim.cannot_generic"));
}

TEST_CASE("en types round 13: a judgement before a colon, backed by a finding after it, is the author's claim", "[rules][en][types]") {
  const auto doc = run(
      "The cause is staffing: most ward managers say they cannot fill night shifts. "  // 0 claim, record kept
      "Officials were blunt: the minister said the depot would close. "               // 1 attribution
      "The ruling was short: the judge said the fee was lawful.");                    // 2 attribution
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
  CHECK(attributions_in(doc, 0) == 1);
  for (const auto& a : doc.attributions)
    if (a.sentence == 0) CHECK(str(doc, a.cue) == "say");
}

TEST_CASE("en attributions: figurative 'says less about X than', and a reckoning noun, report no speech", "[rules][en][types]") {
  const auto doc = run(
      "But the fare rise says less about energy bills than about a line nobody owns. "            // 0 claim
      "The case is real, but it depends on passenger forecasts that look optimistic. "            // 1 claim
      "The operator says fares will rise by 9 percent. "                                          // 2 attribution
      "Treasury officials forecast that growth will slow.");                                       // 3 attribution
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(attributions_in(doc, 0) == 0);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(attributions_in(doc, 1) == 0);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
  CHECK(doc.sentences[3].type == SentenceType::attribution);
}

TEST_CASE("en types: 'From DATE, X must ...' states the rule's duty; a warning with 'will have to' stays a claim", "[rules][en][types]") {
  const auto doc = run(
      "From June 10, every pet cat older than 20 weeks must carry a microchip. "   // 0 report
      "From next year, the city will have to find the money elsewhere.");          // 1 claim
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::claim);
}

TEST_CASE("en types round 14: where a difficulty lies, and a record judged mixed, are the author's weighing", "[rules][en][types]") {
  const auto doc = run(
      "The explanation lies elsewhere. "                                     // 0 claim: locating the cause
      "The farm lies at the end of the lane. "                               // 1 report: a place lies somewhere
      "Such schemes have a chequered history. "                              // 2 claim: a record weighed
      "The early results are mixed. "                                        // 3 claim
      "The school runs mixed classes for pupils aged five to seven.");      // 4 report: another `mixed`
  check_types(doc, {c, r, c, c, r});
}

TEST_CASE("en types round 14: a bare verdict on someone, and an appeal to the reader's experience, are claims", "[rules][en][types]") {
  const auto doc = run(
      "Mr. Hale is right. "                                                   // 0 claim: the author's verdict
      "The new cycle lane is on the right. "                                  // 1 report: a place
      "Anyone who has driven the ring road at rush hour knows the feeling. "  // 2 claim: a generalisation
      "Anyone who has registered can vote by post.");                         // 3 report: the rule's terms
  check_types(doc, {c, r, c, r});
  const auto said = run("She said the council was wrong.");                   // the verdict is hers
  REQUIRE(said.sentences.size() == 1);
  CHECK(said.sentences[0].type == SentenceType::attribution);
}

TEST_CASE("en types round 14: 'where X has fallen short is' and 'there is also X to think of' are the author's", "[rules][en][types]") {
  const auto doc = run(
      "Where the board has fallen short is in explaining the change. "   // 0 claim: the fault located
      "Where the fire started is still under investigation. "            // 1 report: an unknown stated
      "There is also the harbour to think of. "                          // 2 claim: one more consideration
      "There is also a car park behind the station.");                   // 3 report: a thing that exists
  check_types(doc, {c, r, c, r});
}

TEST_CASE("en types round 14: where the case for a measure starts, and 'has been here before', are the author's", "[rules][en][types]") {
  const auto doc = run(
      "The case for the new depot starts with safety. "           // 0 claim: the argument laid out
      "The case against the driver was dropped on Monday. "       // 1 report: a court case
      "Other ports have been here before. "                       // 2 claim: precedent as a warning
      "The inspectors have been to the site twice.");             // 3 report: visits counted
  check_types(doc, {c, r, c, r});
}

TEST_CASE("en types round 15: what a class of people gets or faces under a scheme is its terms", "[rules][en][types]") {
  const auto doc = run(
      "Tenants who moved in before May will keep their old rent. "                  // 0 report: the scheme's terms
      "Drivers who park on the verge will face a fine of 70 pounds. "               // 1 report: the sanction it sets
      "A driver who parks on the verge will pay for it in scratched paint. "        // 2 claim: a generic singular
      "Households that cannot afford the fee will see the service as a luxury. "    // 3 claim: `see X as` judges
      "Anyone who has waited at that stop will know the feeling.");                 // 4 claim: an appeal to experience
  check_types(doc, {r, r, c, c, c});
}

TEST_CASE("en types round 15: what a measure will do, with its figures or a rule-making verb, is its terms", "[rules][en][types]") {
  const auto doc = run(
      "The grant would cover bus fares for three schools until March. "    // 0 report: the grant's terms
      "The licence will oblige operators to publish their prices. "        // 1 report: a rule's content
      "The scheme will pay for itself within a decade. "                   // 2 claim: the author's forecast
      "The levy would drain trade from shops that may not survive. "       // 3 claim: no figure, a forecast
      "The board would answer that the cuts are temporary.");              // 4 claim: a reply imagined
  check_types(doc, {r, r, c, c, c});
}

TEST_CASE("en types round 15: a duty with its period, or told of a body in a relative clause, is a rule's terms", "[rules][en][types]") {
  const auto doc = run(
      "Volunteers must keep a log of their hours for two years. "                 // 0 report: a rule's period
      "The tribunal, which must hear every appeal, sits twice a month. "          // 1 report: a body's procedure
      "The council must spend at least 10 percent of the fund on prevention. "    // 2 claim: the author's demand
      "Ministers must act before the next flood.");                               // 3 claim
  check_types(doc, {r, r, c, c});
}

TEST_CASE("en types: weighing what an outcome depends on is the author's claim, even of a decision taken", "[rules][en][types]") {
  const auto doc = run(
      "Whether it can do so depends less on the new contractor than on a decision the council took a decade ago. "  // 0 claim
      "The council took a decision a decade ago to cut maintenance. "                                                // 1 report: an action
      "The schedule depends on the weather.");                                                                       // 2 report: no weighing
  check_types(doc, {c, r, r});
}

TEST_CASE("en types round 16: a sentence opening with the rule it reports from states that rule's terms", "[rules][en][types]") {
  const auto doc = run(
      "Under the new permit, anglers may fish the lower weir on weekdays, and they can keep two trout a day. "  // 0 report
      "Under the lease, which the trust signed with the parish, the tenant must mend the roof and the owner may inspect it. "  // 1 report
      "Under the tenants' charter, nobody can be evicted during the winter months. "   // 2 report: an apostrophe in the name
      "Under the plan, the poorest pensioners in the hill villages of the north would be far worse off. "  // 3 claim: a judging word
      "Under pressure from parents, the board may well back down.");                     // 4 claim: no rule is named
  check_types(doc, {r, r, r, c, c});
}

TEST_CASE("en types round 16: a duty inside a noun phrase of money or time describes it", "[rules][en][types]") {
  const auto doc = run(
      "The bridge was repaired with money that the quarry owners must pay into a roads fund. "  // 0 report
      "The cut comes in a year when the board must find 4 million pounds of savings. "          // 1 report
      "Nobody disputes that the board must find the money. "                                     // 2 claim: a complement clause
      "This is money that the board must not waste.");                                           // 3 claim: `must not`
  check_types(doc, {r, r, c, c});
}

TEST_CASE("en types round 16: a negated classification in the present tense is the author's verdict", "[rules][en][types]") {
  const auto doc = run(
      "The second ferry is not a luxury for the islanders. "                  // 0 claim
      "The Sunday evening bus to the hospital isn't a favour to the people who ride it. "  // 1 claim
      "The old depot is not a listed building. "                                // 2 report: a status in law
      "The harbour master is not a member of the port board. "                // 3 report: membership
      "The ferry was not a replacement for the bridge.");                     // 4 report: the past tense
  check_types(doc, {c, c, r, r, r});
}

TEST_CASE("en types round 16: `is not the` in the author's voice is a verdict; a rank or a role is a fact", "[rules][en][types]") {
  const auto doc = run(
      "The people on the waiting list are not the holiday landlords of the minister's speeches. "  // 0 claim
      "Harlow is not the first council in the region to sell its pools on Monday. "                // 1 report: a rank
      "The trust is not the owner of the land beside the river at Mill Street.");                // 2 report: a role
  check_types(doc, {c, r, r});
}

TEST_CASE("en types: the author leading the reader through the case, how sums sound", "[rules][en][types]") {
  const auto doc = run(
      "Then consider who uses the square after dark. "
      "Consider, first, who pays the fee. "
      "Start with the phrase in the contract. "
      "Look first at who has stopped applying. "
      "The savings look optimistic. "
      "The sums sound small. "
      "The ferry started with 40 passengers on Tuesday. "
      "The new buses look blue and white in the photographs.");
  // The author's moves through the argument and the author's reading of the sums: claims.
  // A dated event and a description of a picture: reports.
  check_types(doc, {c, c, c, c, c, c, r, r});
}

TEST_CASE("en types: evidence read against the point just made, the points counted", "[rules][en][types]") {
  const auto doc = run(
      "The club's figures bear that out. "
      "The numbers elsewhere support that reading. "
      "The second cost is fear. "
      "A second worry concerns the databases themselves. "
      "The crew bore the stretcher out on Tuesday. "
      "The second bus left at 9 a.m. on Monday.");
  // The author reading evidence against a point, and counting the points of the case:
  // claims. Carrying something out, and a counted bus with its time: reports.
  check_types(doc, {c, c, c, c, r, r});
}

TEST_CASE("en types: other places' experience set against this one", "[rules][en][types]") {
  const auto doc = run(
      "Other cities have learned this the hard way. "
      "Other districts that have dropped their exams offer some reassurance. "
      "Other councils in the county have cut their grants by 4 percent since March.");
  // A generalisation from other places' experience, no names: the author's. Named
  // councils with a figure and a date: reported.
  check_types(doc, {c, c, r});
}
