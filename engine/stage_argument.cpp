// Argument tree assembly. Reads sentence types, paragraph kinds and the matches of
// the `thesis`, `parallel`, `relation` and `claim` families; writes Document::argument.
//
//  1. A text with few claims of the author's is a report: no thesis, no nodes.
//  2. Sub-claims: sentences that open with the same parallel frame (`parallel.*`,
//     e.g. "for X, ..." / "First, ... Second, ..."), when at least two do.
//  3. Thesis: the claim that scores best on thesis cues (`thesis.*`: generality,
//     "all parties"), stance markers, a position prior that fades over the text, what
//     the sub-claims have in common (their shared wording, found without word lists),
//     how much of its wording other paragraphs' claims return to, restatement at the
//     end, a cued verdict or recommendation in the closing paragraph, and a place in
//     the first paragraph in the author's voice after a news lead (if it comes in the
//     first half of the body's paragraphs; later, the piece builds up to its
//     position and has no opening). When the opening
//     (the first body paragraph or the first in the author's voice) holds a cued
//     verdict, the position is stated by then: later claims, the closing
//     recommendation among them, argue for it and are no candidates, unless the author
//     states a position in the first person (`thesis.position`) or, in zh, corrects a
//     course and recommends another (`thesis.contrast.recommends`: should not X but Y;
//     in the zh dev gold such a claim is the thesis in 9 of 14). A turn (`thesis.turn`,
//     "But ...") counts only until the argument has begun (in the opening paragraph,
//     "Of course X. But Y." states the position); a claim that adds to another
//     (`thesis.secondary`) is not central.
//  4. Unless three or more frames each open a paragraph (they then structure the whole
//     text), each other body paragraph's first claim is a sub-claim too; but a paragraph
//     that turns (`thesis.turn`) right after a concession's paragraph answers the
//     concession and hangs under it, attacking it. A sub-claim attacks the thesis when
//     it grants the other side or answers quoted words; one that only turns (the bare
//     `relation.attack` of an opening But) argues the author's own case and supports it.
//  5. Under each sub-claim: the sentences after it until the next sub-claim (the rest of
//     its paragraph and the paragraphs after it); facts as evidence nodes pointing at the sentences
//     (in zh, one node per run of reports or of attributions in the claim's own
//     paragraph), claims as claims; `relation.attack` cues (concessions) make attacks, and a
//     paragraph's first claim takes the facts that open the paragraph (an inference,
//     "this shows", leaves the facts before it to the line they back); in a
//     paragraph without a node of its own hung under a sub-claim, the rest backs its
//     first claim. Under the thesis, facts after one of its claims back that claim;
//     under a line, facts after a claim that turns (But ...) back the turn. The claim
//     the thesis's paragraph opens with, when a turn follows it up to the thesis, is
//     granted: it attacks the thesis.
//  6. The last paragraph with claims, if no sub-claim is in it, is the conclusion (from
//     three claims on, its first claim is a sub-claim and the rest conclude).
//  7. Objections: a body paragraph that opens with someone else's words, answered by
//     the author's next claim (or a later claim of that paragraph, after a plain grant)
//     with a turn (`thesis.turn`), a rebuttal of those words
//     (`relation.attack.answer`), a judgement that finds them wanting (`relation.answer`:
//     That comparison flatters ...) or a grant of them (`relation.attack.concede.answer`),
//     is a claim node attacking the thesis, held by the words' source; the answer and
//     what follows hang under it (a turn, a rebuttal, a judgement or a question attacks
//     it, a rebuttal even after a grant in the same sentence; anything else supports
//     it), and its paragraphs give no topic sub-claim. Under an objection or a
//     concession, the rest of the paragraph after the author's answer backs that answer.
// The tree only refers to sentences by id; it never copies the factual layer.
#include <algorithm>
#include <map>
#include <utility>

#include "engine/language.hpp"
#include "engine/match_view.hpp"
#include "engine/radix_sort.hpp"
#include "engine/stages.hpp"
#include "engine/text_features.hpp"

namespace argmap::stages {
namespace {

constexpr std::size_t kMinClaims = 3;        // fewer author's claims than this: a report
constexpr double kMinClaimShare = 0.2;       // or claims under this share of the body
constexpr double kEarlyWeight = 0.4;         // thesis prior at the text's start, fading to 0 at its end
constexpr double kCentralWeight = 0.04;      // per feature a claim shares with other paragraphs' claims
constexpr int kCentralCap = 8;
constexpr double kClosingVerdict = 0.15;     // a cued claim in the closing paragraph
constexpr std::size_t kStructuralFrames = 3;  // paragraph-opening frames that structure a text
constexpr double kLeadTurn = 0.2;            // a claim of the first paragraph that turns from a news lead
constexpr std::size_t kMinLead = 2;          // fact paragraphs before the first author's paragraph that make a lead
constexpr double kSecondary = 0.3;           // a claim that adds to another (`also`) is not the central one
constexpr std::size_t kLongConclusion = 3;   // claims in the closing paragraph from which the first opens a line
constexpr double kOpeningInference = 0.2;    // "that means ..." before the argument begins: the position drawn from the lead

// How often each feature occurs, as sorted (feature, count) runs: counting a sorted
// list costs no allocation per distinct feature, as a hash map's nodes did (they were
// a tenth of the analysis of a short text).
using FeatureCounts = std::vector<std::pair<Feature, int>>;

FeatureCounts count_runs(Features all) {
  detail::radix_sort(all);  // linear: a whole long document's features are sorted here
  FeatureCounts out;
  for (const auto f : all) {
    if (out.empty() || out.back().first != f) out.emplace_back(f, 0);
    ++out.back().second;
  }
  return out;
}

int count_of(const FeatureCounts& counts, Feature f) {
  const auto it = std::lower_bound(counts.begin(), counts.end(), f,
                                   [](const std::pair<Feature, int>& c, Feature x) { return c.first < x; });
  return it != counts.end() && it->first == f ? it->second : 0;
}

struct Signals {
  double thesis = 0;      // noisy-or of the thesis.* rules that matched, each once (but the two below)
  double turn = 0;        // thesis.turn: a sentence turning against what came before (But ..., Yet ...)
  bool secondary = false; // thesis.secondary: a claim that adds to another one
  bool judges = false;    // a thesis cue other than thesis.normative: a verdict, not a recommendation
  bool position = false;  // thesis.position: the author states a position in the first person (I believe ...)
  bool corrects = false;  // thesis.contrast.recommends: should not X but Y, a course corrected (zh)
  bool stance = false;    // claim.stance / claim.certainty
  bool attack = false;    // relation.attack
  bool concede = false;   // relation.attack.concede: grants a point, so it is no thesis
  bool answers = false;   // relation.attack.concede.answer: grants the point just quoted (There is some truth in that)
  bool rebuts = false;    // relation.attack.answer: turns against the point just quoted (That argument ..., but ...)
  bool inference = false; // relation.inference: draws on the sentences before
  bool judges_back = false; // relation.answer: judges the words just quoted wanting (That is cold comfort, Neither claim ...)
  bool conclusion = false;
  std::string parallel;   // label of a parallel frame opening this sentence
  std::vector<Span> frame_spans;
  std::vector<std::string> rules;  // ids of the tree-relevant rules that matched
};

class Assembler {
 public:
  Assembler(Document& doc, const Program& program)
      : doc_(doc), program_(program), chinese_(language_family(doc.language) == "zh") {}

  void run() {
    collect();
    std::vector<std::uint32_t> claims;
    for (auto s : body_)
      if (doc_.sentences[s].type == SentenceType::claim) claims.push_back(s);
    if (claims.size() < kMinClaims || claims.size() < kMinClaimShare * body_.size()) return;

    const std::vector<std::uint32_t> frames = parallel_subclaims();
    const std::uint32_t thesis = pick_thesis(claims, frames);
    // Frames that each open a paragraph, three or more, structure the whole text: they
    // are the sub-claims. Frames inside one paragraph are sub-claims beside the
    // topic claims of the other paragraphs.
    const bool parallel = structural(frames);
    // Concessions always stand beside them: the objection the author grants and answers.
    std::vector<bool> framed(doc_.paragraphs.size(), false);  // paragraphs holding a frame
    for (auto f : frames) framed[paragraph(f)] = true;
    const auto objections = find_objections(thesis);
    std::vector<bool> answered(doc_.paragraphs.size(), false);  // paragraphs that answer an objection
    for (const auto& o : objections)
      for (auto p = paragraph(o.sentences.front()); p <= paragraph(o.reply); ++p) answered[p] = true;
    std::vector<std::uint32_t> subclaims = parallel ? frames : announced_lines(frames, thesis);
    for (auto s : topic_subclaims(thesis))
      if ((!parallel || signals_[s].concede) && !framed[paragraph(s)] && !answered[paragraph(s)]) subclaims.push_back(s);
    std::sort(subclaims.begin(), subclaims.end());
    auto conclusion = pick_conclusion(thesis, subclaims);
    open_last_line(conclusion, subclaims);
    close_with_last_words(conclusion);

    Argument& arg = doc_.argument;
    arg.thesis = add_node(NodeRole::thesis, {thesis}, std::nullopt, Relation::none, rules_of(thesis, "engine.tree.thesis"));

    // Anchors: the sentences that open a node of their own. Every other body sentence
    // belongs to the nearest anchor before it (a sub-claim keeps the rest of its
    // paragraph and the paragraphs after it until the next anchor).
    const std::uint32_t thesis_node = *arg.thesis;
    std::map<std::uint32_t, std::uint32_t> anchor;  // sentence -> node
    anchor[thesis] = thesis_node;
    for (auto s : subclaims) {
      if (granted_by_next_turn(s)) granted_[s] = true;
      const Relation rel = attacks_thesis(s) || granted_[s] ? Relation::attack : Relation::support;
      anchor[s] = add_node(NodeRole::claim, {s}, thesis_node, rel,
                           rules_of(s, parallel ? "engine.tree.parallel" : "engine.tree.paragraph_topic"));
    }
    for (const auto& o : objections) {
      const auto node = add_node(NodeRole::claim, o.sentences, thesis_node, Relation::attack,
                                 rules_of(o.sentences.front(), "engine.tree.objection"));
      for (auto s : o.sentences) anchor[s] = node;
      objection_nodes_.push_back(node);
    }
    if (conclusion) {
      const auto node = add_node(NodeRole::conclusion, *conclusion, thesis_node, Relation::support,
                                 rules_of(conclusion->front(), "engine.tree.conclusion"));
      for (auto s : *conclusion) anchor[s] = node;
    }

    if (const auto granted = granted_before_turn(thesis); granted && !anchor.count(*granted)) granted_[*granted] = true;
    // The thesis's own paragraph belongs to it, before the thesis as well as after.
    std::vector<std::uint32_t> before_thesis;
    for (auto s : body_in_[paragraph(thesis)])
      if (s < thesis && !anchor.count(s)) before_thesis.push_back(s);
    if (!before_thesis.empty()) attach(before_thesis, thesis_node, parallel);

    std::optional<std::uint32_t> current;
    std::vector<std::uint32_t> pending;  // sentences of one paragraph waiting for their node
    auto flush = [&] {
      if (pending.empty() || !current) return pending.clear();
      if (*current == thesis_node && reports_opening_news(pending, thesis)) return pending.clear();
      if (*current == thesis_node && paragraph(pending.front()) != paragraph(thesis)) {
        // Between the thesis and the first sub-claim: background the thesis rests on,
        // or the claim the thesis's paragraph went on to make, which it backs.
        const auto under = claim_after_thesis(thesis, thesis_node);
        add_evidence(pending, under.value_or(thesis_node), {"engine.tree.background"});
      } else {
        attach(pending, *current, *current == thesis_node && parallel);
      }
      pending.clear();
    };
    for (auto s : body_) {
      if (auto it = anchor.find(s); it != anchor.end()) {
        if (opens_paragraph_before(pending, s) && arg.nodes[it->second].role != NodeRole::thesis) {
          add_evidence(pending, it->second, {"engine.tree.lead_in"});
          pending.clear();
        }
        flush();
        current = it->second;
        continue;
      }
      if (in_tree_[s]) continue;
      if (!pending.empty() && paragraph(pending.front()) != paragraph(s)) flush();
      pending.push_back(s);
    }
    flush();
  }

 private:
  void collect() {
    const auto ranges = matches_by_sentence(doc_);
    const auto& rules = program_.rules();
    signals_.assign(doc_.sentences.size(), {});
    in_tree_.assign(doc_.sentences.size(), false);
    granted_.assign(doc_.sentences.size(), false);
    body_in_.assign(doc_.paragraphs.size(), {});
    speaker_.assign(doc_.sentences.size(), std::nullopt);
    // Backwards, so that a sentence's first attribution is the one that stays.
    for (auto it = doc_.attributions.rbegin(); it != doc_.attributions.rend(); ++it)
      if (it->sentence < speaker_.size() && it->source_entity) speaker_[it->sentence] = it->source_entity;
    for (std::uint32_t s = 0; s < doc_.sentences.size(); ++s) {
      const Sentence& sentence = doc_.sentences[s];
      if (doc_.paragraphs[sentence.paragraph].kind == ParagraphKind::body && !sentence.metadata &&
          sentence.type != SentenceType::meta) {
        body_.push_back(s);
        body_in_[sentence.paragraph].push_back(s);
      }
      Signals& sig = signals_[s];
      double miss = 1.0;
      for (std::size_t i = ranges[s].begin; i < ranges[s].end; ++i) {
        const RuleMatch& m = doc_.matches[i];
        const RuleInfo& r = rules[m.rule];
        bool used = true;
        if (in_family(r.label, "thesis.turn")) sig.turn = std::max(sig.turn, r.weight);
        else if (in_family(r.label, "thesis.secondary")) sig.secondary = true;
        else if (in_family(r.label, "thesis")) {
          // Each rule counts once: a closing paragraph that says `should` three times
          // recommends no more than one that says it once.
          if (std::find(sig.rules.begin(), sig.rules.end(), r.id) == sig.rules.end()) miss *= 1.0 - r.weight;
          sig.judges |= !in_family(r.label, "thesis.normative");
          sig.position |= in_family(r.label, "thesis.position");
          sig.corrects |= in_family(r.label, "thesis.contrast.recommends");
        }
        else if (in_family(r.label, "claim.stance") || in_family(r.label, "claim.certainty")) sig.stance = true, used = false;
        else if (in_family(r.label, "relation.attack")) {
          sig.attack = true;
          sig.concede |= in_family(r.label, "relation.attack.concede");
          sig.answers |= in_family(r.label, "relation.attack.concede.answer");
          sig.rebuts |= in_family(r.label, "relation.attack.answer");
        }
        else if (in_family(r.label, "relation.inference")) sig.inference = true;
        else if (in_family(r.label, "relation.answer")) sig.judges_back = true;
        else if (in_family(r.label, "relation.conclusion")) sig.conclusion = true;
        else if (in_family(r.label, "parallel") && m.first_token == sentence.first_token) {
          sig.parallel = r.label;
          sig.frame_spans.push_back(match_span(doc_, m));
        } else used = false;
        if (used) sig.rules.push_back(r.id);
      }
      sig.thesis = 1.0 - miss;
    }
  }

  std::uint32_t paragraph(std::uint32_t s) const { return doc_.sentences[s].paragraph; }

  std::vector<std::string> rules_of(std::uint32_t s, const char* structural) const {
    std::vector<std::string> out = signals_[s].rules;
    out.emplace_back(structural);
    return out;
  }

  // Sentences opening paragraphs with the same parallel frame, if two or more do.
  std::vector<std::uint32_t> parallel_subclaims() const {
    std::map<std::string, std::vector<std::uint32_t>> groups;
    for (auto s : body_)
      if (!signals_[s].parallel.empty()) groups[signals_[s].parallel].push_back(s);
    std::vector<std::uint32_t> best;
    for (auto& [label, members] : groups)
      if (members.size() >= 2 && members.size() > best.size()) best = members;
    return best;
  }

  // Frames inside a paragraph (First, ... Second, ...) that a claim opening the
  // paragraph announces (Two things must change.): that claim is the paragraph's line
  // of argument and the frames develop it, hanging under it. The dev gold trees make
  // such an opener a sub-claim in 27 of 27 paragraphs and hang the frames under it in
  // 19. Returns the sub-claims: each such opener in place of its paragraph's frames,
  // the other frames as they are. Not in the thesis's paragraph.
  std::vector<std::uint32_t> announced_lines(const std::vector<std::uint32_t>& frames, std::uint32_t thesis) const {
    std::vector<std::uint32_t> out;
    for (auto f : frames) {
      const auto p = paragraph(f);
      const auto opener = std::find_if(body_in_[p].begin(), body_in_[p].end(),
                                       [&](std::uint32_t s) { return doc_.sentences[s].type == SentenceType::claim; });
      const bool announced = p != paragraph(thesis) && opener != body_in_[p].end() && *opener < f &&
                             signals_[*opener].parallel != signals_[f].parallel;
      if (!announced) out.push_back(f);
      else if (out.empty() || out.back() != *opener) out.push_back(*opener);
    }
    return out;
  }

  bool structural(const std::vector<std::uint32_t>& frames) const {
    std::vector<std::uint32_t> paragraphs;
    for (auto s : frames) {
      if (body_in_[paragraph(s)].empty() || body_in_[paragraph(s)].front() != s) return false;
      paragraphs.push_back(paragraph(s));
    }
    return paragraphs.size() >= kStructuralFrames;
  }

  // Linear in the text up to sorting: every body sentence's features are computed once,
  // and the per-claim tests are look-ups in sorted counts (no claim is compared with
  // every other claim or with every sub-claim).
  std::uint32_t pick_thesis(const std::vector<std::uint32_t>& claims, const std::vector<std::uint32_t>& subclaims) {
    std::vector<bool> is_subclaim(doc_.sentences.size(), false);
    for (auto s : subclaims) is_subclaim[s] = true;
    // What the sub-claims share beyond their frame: the theme the thesis should state.
    Features all;
    for (auto s : subclaims) {
      const auto f = features_of(doc_, doc_.sentences[s].span, signals_[s].frame_spans);
      all.insert(all.end(), f.begin(), f.end());
    }
    const FeatureCounts theme = count_runs(std::move(all));
    // Features common across the whole text say little; count how many sentences hold each.
    std::vector<Features> features(doc_.sentences.size());
    all.clear();
    for (auto s : body_) {
      features[s] = features_of(doc_, doc_.sentences[s].span);
      all.insert(all.end(), features[s].begin(), features[s].end());
    }
    const FeatureCounts spread = count_runs(std::move(all));
    const double common = std::max(2.0, 0.3 * static_cast<double>(body_.size()));

    // Restatement: wording shared with the last body paragraph.
    Features closing;
    if (!body_.empty())
      for (auto s : body_in_[paragraph(body_.back())]) closing.insert(closing.end(), features[s].begin(), features[s].end());
    std::sort(closing.begin(), closing.end());
    closing.erase(std::unique(closing.begin(), closing.end()), closing.end());

    // Centrality: the thesis is what the rest of the argument is about, so its wording
    // recurs in the claims of other paragraphs. Per feature, the number of paragraphs
    // whose claims hold it: distinct (feature, paragraph) pairs, counted per feature.
    std::vector<std::pair<Feature, std::uint32_t>> in_paragraph;
    for (auto s : claims)
      for (const auto& f : features[s]) in_paragraph.emplace_back(f, paragraph(s));
    detail::radix_sort(in_paragraph);
    in_paragraph.erase(std::unique(in_paragraph.begin(), in_paragraph.end()), in_paragraph.end());
    all.clear();
    for (const auto& fp : in_paragraph) all.push_back(fp.first);
    const FeatureCounts claim_paragraphs = count_runs(std::move(all));
    const auto last_paragraph = body_.empty() ? 0u : paragraph(body_.back());

    // The first paragraph in the author's voice (at least half of it claims) after a
    // news lead of facts is where a commentary states its position. A stray claim
    // inside the lead does not open the argument.
    std::optional<std::uint32_t> opening_paragraph;
    // A lead is two or more paragraphs of facts: a single one is often only the news
    // peg, and then the centrality and closing signals decide.
    std::size_t lead = 0;  // body paragraphs before the opening paragraph
    std::size_t body_paragraphs = 0;
    for (const auto& in : body_in_) body_paragraphs += in.empty() ? 0 : 1;
    for (std::uint32_t p = 0; p < body_in_.size() && !opening_paragraph; ++p) {
      if (body_in_[p].empty()) continue;
      // A first paragraph in the author's voice in the second half of the piece's
      // paragraphs opens nothing: the piece has built up to its position.
      if (2 * lead >= body_paragraphs) break;
      std::size_t own_claims = 0;
      for (auto s : body_in_[p]) own_claims += doc_.sentences[s].type == SentenceType::claim ? 1 : 0;
      if (own_claims > 0 && 2 * own_claims >= body_in_[p].size()) opening_paragraph = p;
      else ++lead;
    }
    const bool after_lead = lead >= kMinLead;

    // A verdict (not a recommendation, not a concession) in the opening, i.e. the first
    // body paragraph or the first in the author's voice, states the position there: a
    // piece that judges first argues and then restates, so its closing recommendation
    // is the conclusion, not a rival thesis. A verdict inside a later lead paragraph is
    // only background.
    const auto first_body = body_.empty() ? 0u : body_.front();
    bool opening_position = false;
    for (auto s : body_) {
      const bool in_opening = paragraph(s) == paragraph(first_body) || (opening_paragraph && paragraph(s) == *opening_paragraph);
      if (in_opening && doc_.sentences[s].type == SentenceType::claim && signals_[s].judges && !signals_[s].concede)
        opening_position = true;
    }
    opening_position = opening_position && opening_paragraph;
    double best_score = -1e9;
    std::uint32_t best = claims.front();
    auto& scores = doc_.argument.thesis_scores;
    scores.reserve(claims.size());
    for (auto s : claims) {
      ThesisScore& t = scores.emplace_back();
      t.sentence = s;
      if (is_subclaim[s]) {
        t.excluded = "a parallel frame's sub-claim";
        continue;
      }
      // Once the opening has judged, the position is stated: later claims argue for it,
      // unless the author says in so many words where they stand (I believe ...) or, in
      // zh, turns from a course to the one it should take (the diagnosis first, then the remedy).
      if (opening_position && paragraph(s) > *opening_paragraph && !signals_[s].position &&
          !(chinese_ && signals_[s].corrects)) {
        t.excluded = "after the opening's verdict";
        continue;
      }
      const Signals& sig = signals_[s];
      // A turn (But ..., Yet ...) marks the position only before the argument has
      // begun: once earlier paragraphs hold the author's claims, it answers one of them.
      // Right after a concession (Of course X. But Y.) the turn is the author's answer,
      // and in the opening paragraph that answer is the position.
      const bool before_argument = !opening_paragraph || paragraph(s) <= *opening_paragraph;
      const double cued = before_argument ? 1.0 - (1.0 - sig.thesis) * (1.0 - sig.turn) : sig.thesis;
      t.cue = 1.5 * cued;
      t.stance = sig.stance ? 0.2 : 0.0;
      if (after_lead && opening_paragraph && paragraph(s) == *opening_paragraph) t.opening = kLeadTurn;
      if (sig.secondary) t.secondary = -kSecondary;
      // An inference drawn before the argument begins (For shoppers, that means ...) is
      // the position the lead's facts lead to; later ones draw sub-conclusions.
      if (sig.inference && before_argument) t.inference = kOpeningInference;
      int echo = 0, restated = 0, echoed_elsewhere = 0;
      for (const auto& f : features[s]) {
        if (count_of(spread, f) > common) continue;
        if (count_of(theme, f) >= 2) ++echo;
        if (has_feature(closing, f) && paragraph(s) != last_paragraph) ++restated;
        if (count_of(claim_paragraphs, f) >= 2) ++echoed_elsewhere;
      }
      t.shared = 0.35 * std::min(echo, 3) + 0.08 * std::min(restated, 5) +
                 kCentralWeight * std::min(echoed_elsewhere, kCentralCap);
      // Theses come early more often than late, but not only in the first paragraphs:
      // a prior that fades over the text rather than a cut-off.
      const double position = static_cast<double>(s - first_body) / std::max<std::size_t>(1, doc_.sentences.size());
      t.position = kEarlyWeight * (1.0 - position);
      // A verdict or recommendation (a thesis cue) in the closing paragraph: pieces
      // that build up to their position state it there.
      if (paragraph(s) == last_paragraph && cued > 0) t.closing = kClosingVerdict;
      if (doc_.sentences[s].form == Form::question) t.penalty -= 0.4;
      if (sig.concede) t.penalty -= 0.5;
      // Summed in the order the parts were once added one by one, so the scores (and
      // the choice on near ties) stay what they were.
      double score = t.cue + t.stance + t.opening + t.secondary + t.inference + t.shared + t.position + t.closing;
      if (doc_.sentences[s].form == Form::question) score -= 0.4;
      if (sig.concede) score -= 0.5;
      t.score = score;
      if (score > best_score) best_score = score, best = s;
    }
    return best;
  }

  // An objection the author answers: a body paragraph that opens with someone else's
  // words (attribution sentences), answered by the author's next claim, in the same
  // paragraph or opening the next one, that turns against it (`thesis.turn`: But ...;
  // `relation.attack.answer`: That argument ..., but ...) or grants it
  // (`relation.attack.concede.answer`: There is some truth in that, X is right that; a
  // concession in general, `Admittedly, ...`, may grant the other side against the
  // quoted words, so it does not say they are an objection). The quoted
  // position attacks the thesis, held by its source; the reply hangs under it.
  struct Objection {
    std::vector<std::uint32_t> sentences;  // the attribution sentences opening the paragraph
    std::uint32_t reply;                   // the author's answer
  };
  std::vector<Objection> find_objections(std::uint32_t thesis) const {
    std::vector<Objection> out;
    const auto last_p = body_.empty() ? 0u : paragraph(body_.back());
    for (std::uint32_t p = 0; p < body_in_.size(); ++p) {
      const auto& in = body_in_[p];
      if (in.empty() || p == paragraph(thesis) || p == last_p) continue;
      Objection o;
      std::size_t i = 0;
      while (i < in.size() && doc_.sentences[in[i]].type == SentenceType::attribution) o.sentences.push_back(in[i++]);
      if (o.sentences.empty()) continue;
      // The author's answer: the paragraph's next claim (facts that back the quoted
      // words may come between: they are the objection's evidence), or, after a
      // paragraph of nothing but the words, the first sentence of the next paragraph.
      // Not past facts in the first body paragraph: there, words and facts before the
      // author's first claim are the news the piece opens with.
      if (const auto claim = first_claim_from(in, i); claim && p != paragraph(body_.front())) i = *claim;
      std::optional<std::uint32_t> next;
      if (i < in.size()) next = in[i];
      else if (p + 1 < body_in_.size() && !body_in_[p + 1].empty() && p + 1 != last_p) next = body_in_[p + 1].front();
      if (!next || doc_.sentences[*next].type != SentenceType::claim || *next == thesis) continue;
      if (!answers(*next) && !answers_in_paragraph(in, i)) continue;
      o.reply = *next;
      out.push_back(std::move(o));
    }
    return out;
  }

  // The index of the first claim of a paragraph's sentences from `from` on, if any.
  std::optional<std::size_t> first_claim_from(const std::vector<std::uint32_t>& in, std::size_t from) const {
    for (auto k = from; k < in.size(); ++k)
      if (doc_.sentences[in[k]].type == SentenceType::claim) return k;
    return std::nullopt;
  }

  // Whether a claim turns against, rebuts, judges wanting or grants the words just quoted, or asks a
  // question back (the guide: a rhetorical question answering an objection attacks it).
  // A turn is either label family's (see turns): zh's sentence-opening 'but' answers as en's does.
  bool answers(std::uint32_t s) const {
    return turns(s) || signals_[s].answers || signals_[s].rebuts || signals_[s].judges_back ||
           doc_.sentences[s].form == Form::question;
  }

  // The author may first grant the quoted words in a claim of no cue of its own (He
  // may be right about that.) and then turn against them (But ...): any claim of the
  // paragraph after the quoted words that answers them makes them an objection.
  bool answers_in_paragraph(const std::vector<std::uint32_t>& in, std::size_t from) const {
    for (auto k = from; k < in.size(); ++k)
      if (doc_.sentences[in[k]].type == SentenceType::claim && answers(in[k])) return true;
    return false;
  }

  // Without parallel frames: the first claim of each body paragraph but the thesis's
  // and the last one's (which concludes); a question only when it opens the paragraph.
  std::vector<std::uint32_t> topic_subclaims(std::uint32_t thesis) const {
    std::vector<std::uint32_t> out;
    const auto last_p = body_.empty() ? 0u : paragraph(body_.back());
    std::optional<std::uint32_t> seen;
    for (auto s : body_) {
      const auto p = paragraph(s);
      if (p == paragraph(thesis) || p == last_p || (seen && *seen == p)) continue;
      if (doc_.sentences[s].type != SentenceType::claim || (is_news_lead(p) && !turns(s))) continue;
      // A question opening the paragraph asks what the paragraph answers: its line of
      // argument. Inside a paragraph a question follows up the point before it.
      if (doc_.sentences[s].form == Form::question && body_in_[p].front() != s) continue;
      seen = p;
      // A paragraph that turns (But ..., Yet ...) right after a concession answers it:
      // it hangs under the concession instead of opening a line of its own. A turn is
      // either label family's (see turns): zh's opening 'but' answers as en's does.
      if (!out.empty() && signals_[out.back()].concede && turns(s) && body_in_[p].front() == s &&
          previous_body_paragraph(p) == paragraph(out.back()))
        continue;
      out.push_back(s);
    }
    return out;
  }

  // The first body paragraph when it is mostly facts: the news the piece opens with. A
  // stray claim in it (often a fact the types read as a claim) opens no line of
  // argument (the dev gold trees leave 11 of 13 such claims out of the tree); one that
  // turns (But ...) is the author answering the news, and does.
  bool is_news_lead(std::uint32_t p) const {
    if (body_.empty() || p != paragraph(body_.front())) return false;
    std::size_t claims = 0;
    for (auto s : body_in_[p]) claims += doc_.sentences[s].type == SentenceType::claim ? 1 : 0;
    return 2 * claims < body_in_[p].size();
  }

  // A line of argument whose paragraph is followed by one that opens with a turn
  // (`thesis.turn`: But ..., Yet ...): the author states the line only to turn from
  // it, so it is granted even without a cue of its own, as the claim before a turn in
  // the thesis's paragraph is (see granted_before_turn). Only `thesis.turn`, not the
  // bare `relation.attack` of zh's opening 'but': the zh gold trees grant with a cue
  // (lose 4 edges, gain 1 when the bare turn counts too).
  bool granted_by_next_turn(std::uint32_t s) const {
    if (signals_[s].attack) return false;
    std::optional<std::uint32_t> next;
    for (auto p = paragraph(s) + 1; p < body_in_.size() && !next; ++p)
      if (!body_in_[p].empty()) next = body_in_[p].front();
    return next && doc_.sentences[*next].type == SentenceType::claim && signals_[*next].turn > 0;
  }

  // The body paragraph before p (paragraphs without body sentences, captions, skipped).
  std::optional<std::uint32_t> previous_body_paragraph(std::uint32_t p) const {
    while (p > 0)
      if (!body_in_[--p].empty()) return p;
    return std::nullopt;
  }

  std::optional<std::vector<std::uint32_t>> pick_conclusion(std::uint32_t thesis,
                                                            const std::vector<std::uint32_t>& subclaims) const {
    if (body_.empty()) return std::nullopt;
    const auto last_p = paragraph(body_.back());
    if (last_p == paragraph(thesis)) return std::nullopt;
    for (auto s : subclaims)
      if (paragraph(s) == last_p) return std::nullopt;
    std::vector<std::uint32_t> claims;
    for (auto s : body_in_[last_p])
      if (doc_.sentences[s].type == SentenceType::claim) claims.push_back(s);
    if (claims.empty()) return std::nullopt;
    return claims;
  }

  // Whatever the closing paragraph says after its last claim is the piece's last word,
  // part of the conclusion rather than evidence for it: in the dev gold trees every
  // such sentence (16 of 16, typed report or attribution by the engine) is a claim,
  // nearly always in the conclusion.
  void close_with_last_words(std::optional<std::vector<std::uint32_t>>& conclusion) const {
    if (!conclusion || conclusion->empty()) return;
    const auto last = conclusion->back();
    for (auto s : body_in_[paragraph(last)])
      if (s > last) conclusion->push_back(s);
  }

  // Facts (no claim among them) that follow a thesis stated in the first body
  // paragraph, in that paragraph: the piece opens with its position and then reports
  // the news it answers, which the gold trees leave out of the argument (21 of 23
  // reports in the dev set) rather than making it the thesis's evidence.
  bool reports_opening_news(const std::vector<std::uint32_t>& pending, std::uint32_t thesis) const {
    if (paragraph(thesis) != paragraph(body_.front()) || paragraph(pending.front()) != paragraph(thesis) ||
        pending.front() < thesis)
      return false;
    return std::none_of(pending.begin(), pending.end(),
                        [&](std::uint32_t s) { return doc_.sentences[s].type == SentenceType::claim; });
  }

  // The last claim node after the thesis in the thesis's own paragraph, if any.
  std::optional<std::uint32_t> claim_after_thesis(std::uint32_t thesis, std::uint32_t thesis_node) const {
    std::optional<std::uint32_t> out;
    const auto& nodes = doc_.argument.nodes;
    for (std::uint32_t n = 0; n < nodes.size(); ++n)
      if (nodes[n].role == NodeRole::claim && nodes[n].parent == thesis_node &&
          paragraph(nodes[n].sentences.front()) == paragraph(thesis) && nodes[n].sentences.front() > thesis)
        out = n;
    return out;
  }

  // Facts that open a paragraph before its first claim lead up to that claim: they
  // are its evidence, not more of the line the previous paragraph argued.
  bool opens_paragraph_before(const std::vector<std::uint32_t>& pending, std::uint32_t claim) const {
    if (pending.empty() || paragraph(pending.front()) != paragraph(claim) ||
        body_in_[paragraph(claim)].front() != pending.front())
      return false;
    return std::none_of(pending.begin(), pending.end(),
                        [&](std::uint32_t s) { return doc_.sentences[s].type == SentenceType::claim; });
  }

  // A closing paragraph of many claims does more than conclude: its first claim opens
  // a last line of argument (a sub-claim), and the claims after it conclude. From three
  // claims on, the first opens a line in most dev gold trees (zh 14 of 16 closing
  // paragraphs of three claims, en 23 of 35); of two, both conclude more often than not
  // (en 31 of 48), unless facts stand between them (see argued_before_closing).
  void open_last_line(std::optional<std::vector<std::uint32_t>>& conclusion, std::vector<std::uint32_t>& subclaims) const {
    if (!conclusion || (conclusion->size() < kLongConclusion && !argued_before_closing(*conclusion))) return;
    subclaims.push_back(conclusion->front());
    conclusion->erase(conclusion->begin());
  }

  // Two closing claims with facts between them: the first is argued (the facts back
  // it) before the second draws the conclusion, so the first is a last line of
  // argument. The dev gold trees do so in 11 of 12 such paragraphs (en 8 of 9, zh 3
  // of 3); two adjacent claims conclude together more often than not. In zh, facts
  // that open the paragraph lead to the first claim the same way (see led_to_first).
  bool argued_before_closing(const std::vector<std::uint32_t>& claims) const {
    if (claims.size() != 2) return false;
    const auto& in = body_in_[paragraph(claims.front())];
    return led_to_first(in, claims.front()) ||
           std::any_of(in.begin(), in.end(), [&](std::uint32_t s) { return s > claims[0] && s < claims[1]; });
  }

  // Whether facts open the closing paragraph before its first claim, in zh: they are
  // that claim's evidence, so it is argued before the last claim concludes. The zh dev
  // gold trees make it a sub-claim in 8 of 9 such paragraphs of two claims; the en ones
  // in 17 of 33, a coin's toss, so en keeps both in the conclusion. The document's
  // language decides, no words.
  bool led_to_first(const std::vector<std::uint32_t>& in, std::uint32_t first) const {
    return chinese_ && in.front() != first;
  }

  // Hangs a paragraph's sentences under `parent`: facts grouped as evidence, claims as
  // claims; the paragraph's first claim takes the facts that open the paragraph; a concession attacks. A whole paragraph
  // under a node other than the thesis (or opening with a concession) hangs below its
  // own first claim.
  // `as_evidence`: everything is evidence (the thesis's own paragraph when sub-claims exist).
  void attach(const std::vector<std::uint32_t>& members, std::uint32_t parent, bool as_evidence) {
    std::vector<std::uint32_t> facts;
    // Facts opening the paragraph go to its first claim (see opens_paragraph_before).
    bool lead_in = !as_evidence && !members.empty() && body_in_[paragraph(members.front())].front() == members.front();
    bool heads = lead_in;  // see below
    // Under the thesis, facts that follow one of its claims back that claim, the point
    // just made, rather than the thesis; under a line of argument, only when that claim
    // turns (see below).
    std::optional<std::uint32_t> last_claim;
    auto flush = [&](std::uint32_t under) {
      if (facts.empty()) return;
      if (last_claim && under == parent) under = *last_claim;
      add_evidence(facts, under, {"engine.tree.evidence"});
      facts.clear();
    };
    for (auto s : members) {
      const auto type = doc_.sentences[s].type;
      if (type != SentenceType::claim || as_evidence) {
        if (type == SentenceType::claim && signals_[s].attack) {
          flush(parent);
          add_node(NodeRole::evidence, {s}, parent, Relation::attack, rules_of(s, "engine.tree.concession"));
          continue;
        }
        facts.push_back(s);
        continue;
      }
      Relation rel = signals_[s].attack ? Relation::attack : Relation::support;
      // Right under the thesis, a bare turn argues the author's case as a sub-claim does
      // (see attacks_thesis); under a claim it turns against that claim.
      if (doc_.argument.nodes[parent].role == NodeRole::thesis && !attacks_thesis(s)) rel = Relation::support;
      if (granted_[s]) rel = Relation::attack;  // granted by its place (see granted_before_turn)
      const bool led_in = std::exchange(lead_in, false);
      // Under an objection the author answers, a turn, a question or a rebuttal attacks
      // it and anything else (a grant) supports it; under a concession, a turn or a
      // question answers it too.
      // A grant that turns within the sentence (It is a fair worry, but ...) rebuts:
      // what follows the `but` is the assertion.
      if (is_objection(parent))
        rel = signals_[s].rebuts || answers_back(s) ? Relation::attack : Relation::support;
      else if (is_concession(parent) && answers_back(s)) rel = Relation::attack;
      // Under a concession, granting the point again (That worry is fair.) agrees with it.
      else if (is_concession(parent) && signals_[s].concede && !signals_[s].rebuts) rel = Relation::support;
      // The paragraph's first claim takes the facts that open it. An inference drawn
      // from the facts before it (This shows ...) does not: it sums them up beside the
      // line they back, so they stay with that line (the zh gold trees, 13 of 14).
      if (!led_in) flush(parent);
      const auto node = add_node(NodeRole::claim, {s}, parent, rel,
                                 rules_of(s, signals_[s].inference ? "engine.tree.inference" : "engine.tree.claim"));
      flush(node);  // the facts that opened the paragraph, if any
      // Under a line of argument, only a claim that turns (But ...) makes a point of its
      // own that the facts after it back; after any other claim they back the line.
      last_claim = doc_.argument.nodes[parent].role == NodeRole::thesis || turns(s) ? std::optional(node) : std::nullopt;
      // A paragraph hung under a line of argument develops its first claim: the rest of
      // the paragraph backs that. Under the thesis its claims are lines of their own,
      // unless the first grants the other side (Admittedly X ... But <thesis>): what
      // follows it up to the thesis backs the concession.
      if (std::exchange(heads, false) && (doc_.argument.nodes[parent].role != NodeRole::thesis || signals_[s].concede))
        parent = node;
      // Under a point the author grants or quotes, the claim that attacks it is the
      // author's answer, and what the paragraph says after it argues that answer (a
      // question following a rebuttal drives the rebuttal home): the rest backs the
      // answer, not the point answered (the gold trees, about two in three).
      else if (rel == Relation::attack && (is_objection(parent) || is_concession(parent)))
        parent = node;
    }
    flush(parent);
  }

  // Whether a claim turns against what came before it: `thesis.turn` (en But ...) or
  // the bare `relation.attack` of a turn (zh's sentence-opening 'but'), neither a grant nor an answer.
  bool turns(std::uint32_t s) const {
    const Signals& sig = signals_[s];
    return sig.turn > 0 || (sig.attack && !sig.concede && !sig.answers && !sig.rebuts);
  }

  // Whether a line of argument attacks the thesis: one that grants the other side or
  // answers words just quoted. A line that only turns (But ..., the bare
  // `relation.attack` of a turn) turns from the facts or the grant before it, and argues
  // the author's own case.
  bool attacks_thesis(std::uint32_t s) const {
    const Signals& sig = signals_[s];
    return sig.attack && (sig.concede || sig.answers || sig.rebuts);
  }

  // Whether a claim under a point the author grants or quotes answers it back: a turn
  // that grants nothing (But ...), a judgement that finds the point wanting
  // (`relation.answer`: That is the wrong lesson), or a question in the author's voice
  // (the guide: a rhetorical question answering an objection attacks it).
  bool answers_back(std::uint32_t s) const {
    return (turns(s) && !signals_[s].concede) || signals_[s].judges_back ||
           doc_.sentences[s].form == Form::question;
  }

  bool is_objection(std::uint32_t node) const {
    return std::find(objection_nodes_.begin(), objection_nodes_.end(), node) != objection_nodes_.end();
  }
  bool is_concession(std::uint32_t node) const {
    const ArgumentNode& n = doc_.argument.nodes[node];
    return n.role == NodeRole::claim && grants(n.sentences.front());
  }

  // Whether a claim grants the other side: by its cue (`relation.attack.concede`) or
  // by its place (see granted_before_turn).
  bool grants(std::uint32_t s) const { return signals_[s].concede || granted_[s]; }

  // The first claim of the thesis's paragraph, before the thesis, when a claim after it
  // up to the thesis turns (The aims are good. But <thesis>): the author states it only
  // to turn against it, so it is granted even without a cue of its own (the gold trees,
  // 33 of 38). One pass over the paragraph.
  std::optional<std::uint32_t> granted_before_turn(std::uint32_t thesis) const {
    std::optional<std::uint32_t> first;
    for (auto t : body_in_[paragraph(thesis)]) {
      if (t > thesis) break;
      if (doc_.sentences[t].type != SentenceType::claim) continue;
      if (!first) first = t;
      else if (turns(t)) return turns(*first) || *first == thesis ? std::nullopt : first;
    }
    return std::nullopt;
  }

  // Hangs facts under `parent` as evidence. In zh, where the report and the
  // attribution sentences alternate, each run of one type is a node of its own: the zh
  // gold trees split such neighbours (zh-Hans 104 of 125 pairs, zh-Hant 74 of 91) and
  // keep runs of attributions together more often than not, unless a second speaker
  // takes over (attributions of two source entities: split 22 of 31, against 4 of 69
  // for one speaker's run; see other_speaker), while the en ones group
  // them as often as not (splitting there lost 0.015 edge F1). Only facts in their
  // claim's own paragraph: a paragraph of facts hung under the line before it is often
  // hung elsewhere in the gold trees, and splitting it would multiply that error. The
  // document's language, not its words, decides.
  void add_evidence(const std::vector<std::uint32_t>& facts, std::uint32_t parent, const std::vector<std::string>& rules) {
    const bool split = chinese_ &&
                       paragraph(doc_.argument.nodes[parent].sentences.front()) == paragraph(facts.front());
    std::vector<std::uint32_t> run;
    for (auto s : facts) {
      if (split && !run.empty() &&
          (doc_.sentences[s].type != doc_.sentences[run.back()].type || other_speaker(run.back(), s))) {
        add_node(NodeRole::evidence, run, parent, Relation::support, rules);
        run.clear();
      }
      run.push_back(s);
    }
    if (!run.empty()) add_node(NodeRole::evidence, run, parent, Relation::support, rules);
  }

  // Whether two attributions quote different speakers: both have a source entity and
  // the entities differ. A second voice is a second piece of evidence.
  bool other_speaker(std::uint32_t a, std::uint32_t b) const {
    return speaker_[a] && speaker_[b] && *speaker_[a] != *speaker_[b];
  }

  std::uint32_t add_node(NodeRole role, std::vector<std::uint32_t> sentences, std::optional<std::uint32_t> parent,
                         Relation rel, std::vector<std::string> rules) {
    ArgumentNode n;
    n.role = role;
    std::sort(sentences.begin(), sentences.end());
    n.sentences = std::move(sentences);
    for (auto s : n.sentences) in_tree_[s] = true;
    n.parent = parent;
    n.relation = rel;
    n.rules = std::move(rules);
    // A claim the author reports as someone else's is held by that source.
    if (role == NodeRole::claim && doc_.sentences[n.sentences.front()].type == SentenceType::attribution)
      for (const auto& a : doc_.attributions)
        if (a.sentence == n.sentences.front() && a.source_entity) { n.holder_entity = a.source_entity; break; }
    doc_.argument.nodes.push_back(std::move(n));
    return static_cast<std::uint32_t>(doc_.argument.nodes.size() - 1);
  }

  Document& doc_;
  const Program& program_;
  std::vector<Signals> signals_;
  std::vector<std::uint32_t> body_;  // sentences of body paragraphs, in order
  std::vector<std::vector<std::uint32_t>> body_in_;  // per paragraph: its body sentences
  std::vector<bool> in_tree_;                        // per sentence: already in a node
  std::vector<bool> granted_;                        // per sentence: granted by its place (granted_before_turn)
  std::vector<std::uint32_t> objection_nodes_;       // nodes of objections the author answers
  std::vector<std::optional<std::uint32_t>> speaker_;  // per sentence: the source entity of its first attribution
  // The zh gold trees' conventions for evidence and closing paragraphs (add_evidence,
  // led_to_first) follow the document's language, decided once.
  const bool chinese_;
};

}  // namespace

void decide_argument(Document& doc, const Program& program) { Assembler(doc, program).run(); }

}  // namespace argmap::stages
