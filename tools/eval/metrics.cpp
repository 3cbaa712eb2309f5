// The evaluation's counts for one document and the figures computed from them.
// Everything predicted is compared in the predicted map's sentence space: gold
// sentences are first aligned to predicted ones, then gold items that point at
// sentences (attributions, facts, argument nodes) are compared through that alignment.
#include "tools/eval/metrics.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace argmap::eval {

namespace {

void add(Tally& a, const Tally& b) { a.hit += b.hit; a.total += b.total; }
void add(Prf& a, const Prf& b) { a.tp += b.tp; a.pred += b.pred; a.gold += b.gold; }

std::optional<std::size_t> type_index(const std::string& t) {
  for (std::size_t i = 0; i < kTypes.size(); ++i)
    if (t == kTypes[i]) return i;
  return std::nullopt;
}

// A candidate pair for one-to-one matching: higher score first.
struct Candidate {
  std::size_t score, gold, pred;
};

// Greedy one-to-one matching: best-scoring pairs first, ties by gold then predicted
// order, so the result does not depend on how candidates were collected.
std::vector<std::pair<std::size_t, std::size_t>> match_greedy(std::vector<Candidate> c, std::size_t n_gold,
                                                               std::size_t n_pred) {
  std::sort(c.begin(), c.end(), [](const Candidate& a, const Candidate& b) {
    return std::tie(b.score, a.gold, a.pred) < std::tie(a.score, b.gold, b.pred);
  });
  std::vector<bool> gold_used(n_gold), pred_used(n_pred);
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const Candidate& x : c) {
    if (gold_used[x.gold] || pred_used[x.pred]) continue;
    gold_used[x.gold] = pred_used[x.pred] = true;
    out.emplace_back(x.gold, x.pred);
  }
  return out;
}

using SentenceSet = std::set<std::size_t>;

std::size_t shared(const SentenceSet& a, const SentenceSet& b) {
  std::size_t n = 0;
  for (std::size_t x : a) n += b.count(x);
  return n;
}

// A gold node's sentences, moved into predicted sentence space.
SentenceSet aligned_set(const std::vector<std::size_t>& gold_sentences,
                        const std::vector<std::optional<std::size_t>>& align) {
  SentenceSet out;
  for (std::size_t g : gold_sentences)
    if (g < align.size() && align[g]) out.insert(*align[g]);
  return out;
}

SentenceSet plain_set(const std::vector<std::size_t>& v) { return SentenceSet(v.begin(), v.end()); }

void count_sentences(const MapView& gold, const MapView& pred, const std::vector<std::optional<std::size_t>>& align,
                     Counts& c) {
  std::set<std::pair<std::uint32_t, std::uint32_t>> pred_bounds;
  for (const auto& s : pred.sentences) pred_bounds.emplace(s.span.start, s.span.end);
  c.bounds.pred = pred.sentences.size();
  c.bounds.gold = gold.sentences.size();
  for (std::size_t g = 0; g < gold.sentences.size(); ++g) {
    const SentenceView& gs = gold.sentences[g];
    const SentenceView* ps = align[g] ? &pred.sentences[*align[g]] : nullptr;
    c.bounds.tp += pred_bounds.count({gs.span.start, gs.span.end});

    ++c.type.total;
    if (ps && ps->type == gs.type) ++c.type.hit;
    const auto gt = type_index(gs.type);
    const auto pt = ps ? type_index(ps->type) : std::nullopt;
    if (gt) ++c.per_type[*gt].gold;
    if (pt) ++c.per_type[*pt].pred;
    if (gt && pt && *gt == *pt) ++c.per_type[*gt].tp;

    if (gs.type != "meta") {
      ++c.opinion_fact.total;
      const bool gold_opinion = gs.type == "claim";
      if (ps && (gold_opinion ? ps->type == "claim" : (ps->type == "report" || ps->type == "attribution")))
        ++c.opinion_fact.hit;
    }
    if (gs.form == "question") {
      ++c.question.total;
      if (ps && ps->form == "question") ++c.question.hit;
    }
  }
  for (const auto& gp : gold.paragraphs) {
    if (gp.kind != "caption") continue;
    ++c.caption.total;
    for (const auto& pp : pred.paragraphs)
      if (pp.kind == "caption" && overlap(gp.span, pp.span) > 0) {
        ++c.caption.hit;
        break;
      }
  }
}

void count_attributions(const MapView& gold, const MapView& pred,
                        const std::vector<std::optional<std::size_t>>& align, Counts& c) {
  c.cue.gold = c.source.gold = c.content.gold = gold.attributions.size();
  c.cue.pred = c.source.pred = c.content.pred = pred.attributions.size();
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < gold.attributions.size(); ++i) {
    const AttributionView& ga = gold.attributions[i];
    const auto p = ga.sentence < align.size() ? align[ga.sentence] : std::nullopt;
    if (!p) continue;
    for (std::size_t k = 0; k < pred.attributions.size(); ++k) {
      const AttributionView& pa = pred.attributions[k];
      if (pa.sentence != *p) continue;
      if (const std::size_t ov = overlap(ga.cue, pa.cue)) candidates.push_back({ov, i, k});
    }
  }
  for (auto [i, k] : match_greedy(std::move(candidates), gold.attributions.size(), pred.attributions.size())) {
    const AttributionView& ga = gold.attributions[i];
    const AttributionView& pa = pred.attributions[k];
    ++c.cue.tp;
    if ((!ga.source && !pa.source) || (ga.source && pa.source && overlap(*ga.source, *pa.source) > 0))
      ++c.source.tp;
    // Content by overlap: shared characters at least half of the union of both spans.
    const std::size_t ov = overlap(ga.content, pa.content);
    const std::size_t uni = (ga.content.end - ga.content.start) + (pa.content.end - pa.content.start) - ov;
    if (uni > 0 && 2 * ov >= uni) ++c.content.tp;
  }
}

// Whether `name` is the entity's name or one of its aliases.
bool has_name(const EntityView& e, const std::string& name) {
  return e.name == name || std::count(e.aliases.begin(), e.aliases.end(), name) > 0;
}

// The entity of `others` that has the most of e's names (its name and aliases) among its
// own; the first one on ties; null when none shares any.
const EntityView* best_match(const EntityView& e, const std::vector<EntityView>& others) {
  const EntityView* best = nullptr;
  std::size_t best_shared = 0;
  for (const EntityView& o : others) {
    std::size_t n = has_name(o, e.name);
    for (const std::string& a : e.aliases) n += has_name(o, a);
    if (n > best_shared) best = &o, best_shared = n;
  }
  return best;
}

void count_entities(const MapView& gold, const MapView& pred, Counts& c) {
  for (const EntityView& ge : gold.entities) {
    ++c.entity.total;
    c.alias.total += ge.aliases.size();
    const EntityView* best = best_match(ge, pred.entities);
    if (!best) continue;
    ++c.entity.hit;
    for (const std::string& a : ge.aliases) c.alias.hit += has_name(*best, a);
  }
  // Precision, from the predicted side: recall alone would reward naming everything.
  for (const EntityView& pe : pred.entities) {
    ++c.entity_precision.total;
    c.alias_precision.total += pe.aliases.size();
    const EntityView* best = best_match(pe, gold.entities);
    if (!best) continue;
    ++c.entity_precision.hit;
    for (const std::string& a : pe.aliases) c.alias_precision.hit += has_name(*best, a);
  }
}

void count_fact_dates(const MapView& gold, const MapView& pred, const std::vector<std::optional<std::size_t>>& align,
                      Counts& c) {
  for (const FactView& gf : gold.facts) {
    ++c.fact_date.total;
    std::optional<std::size_t> p;  // the fact's first sentence that has an aligned sentence
    for (std::size_t g : gf.sentences)
      if (g < align.size() && align[g]) {
        p = align[g];
        break;
      }
    if (!p) continue;
    for (const FactView& pf : pred.facts)
      if (std::count(pf.sentences.begin(), pf.sentences.end(), *p) > 0) {
        if (pf.date == gf.date) ++c.fact_date.hit;
        break;
      }
  }
}

void count_argument(const MapView& gold, const MapView& pred, const std::vector<std::optional<std::size_t>>& align,
                    Counts& c) {
  ++c.thesis.total;
  if (!gold.thesis && !pred.thesis) {
    ++c.thesis.hit;
  } else if (gold.thesis && pred.thesis &&
             shared(aligned_set(gold.nodes[*gold.thesis].sentences, align),
                    plain_set(pred.nodes[*pred.thesis].sentences)) > 0) {
    ++c.thesis.hit;
  }

  // Sub-claims: claim nodes hanging directly from the thesis.
  std::vector<SentenceSet> gold_sub, pred_sub;
  for (const NodeView& n : gold.nodes)
    if (gold.thesis && n.role == "claim" && n.parent == gold.thesis) gold_sub.push_back(aligned_set(n.sentences, align));
  for (const NodeView& n : pred.nodes)
    if (pred.thesis && n.role == "claim" && n.parent == pred.thesis) pred_sub.push_back(plain_set(n.sentences));
  std::vector<Candidate> candidates;
  for (std::size_t i = 0; i < gold_sub.size(); ++i)
    for (std::size_t k = 0; k < pred_sub.size(); ++k)
      if (const std::size_t n = shared(gold_sub[i], pred_sub[k])) candidates.push_back({n, i, k});
  c.subclaim.gold = gold_sub.size();
  c.subclaim.pred = pred_sub.size();
  c.subclaim.tp = match_greedy(std::move(candidates), gold_sub.size(), pred_sub.size()).size();

  // Edges: (child sentences, parent sentences, relation) for every node with a parent.
  struct Edge {
    SentenceSet child, parent;
    std::string relation;
  };
  std::vector<Edge> gold_edges, pred_edges;
  for (const NodeView& n : gold.nodes)
    if (n.parent)
      gold_edges.push_back({aligned_set(n.sentences, align), aligned_set(gold.nodes[*n.parent].sentences, align),
                            n.relation.value_or("")});
  for (const NodeView& n : pred.nodes)
    if (n.parent)
      pred_edges.push_back({plain_set(n.sentences), plain_set(pred.nodes[*n.parent].sentences),
                            n.relation.value_or("")});
  candidates.clear();
  for (std::size_t i = 0; i < gold_edges.size(); ++i)
    for (std::size_t k = 0; k < pred_edges.size(); ++k) {
      const Edge& g = gold_edges[i];
      const Edge& p = pred_edges[k];
      if (g.relation != p.relation) continue;
      const std::size_t child = shared(g.child, p.child), parent = shared(g.parent, p.parent);
      if (child > 0 && parent > 0) candidates.push_back({child + parent, i, k});
    }
  c.edge.gold = gold_edges.size();
  c.edge.pred = pred_edges.size();
  c.edge.tp = match_greedy(std::move(candidates), gold_edges.size(), pred_edges.size()).size();
}

}  // namespace

Counts& Counts::operator+=(const Counts& o) {
  documents += o.documents;
  add(bounds, o.bounds);
  add(type, o.type);
  for (std::size_t i = 0; i < per_type.size(); ++i) add(per_type[i], o.per_type[i]);
  add(opinion_fact, o.opinion_fact);
  add(question, o.question);
  add(caption, o.caption);
  add(cue, o.cue);
  add(source, o.source);
  add(content, o.content);
  add(entity, o.entity);
  add(alias, o.alias);
  add(entity_precision, o.entity_precision);
  add(alias_precision, o.alias_precision);
  add(fact_date, o.fact_date);
  add(thesis, o.thesis);
  add(subclaim, o.subclaim);
  add(edge, o.edge);
  return *this;
}

std::vector<std::optional<std::size_t>> align_sentences(const MapView& gold, const MapView& pred) {
  std::vector<std::optional<std::size_t>> out(gold.sentences.size());
  for (std::size_t g = 0; g < gold.sentences.size(); ++g) {
    std::uint32_t best = 0;
    for (std::size_t p = 0; p < pred.sentences.size(); ++p) {
      const std::uint32_t ov = overlap(gold.sentences[g].span, pred.sentences[p].span);
      if (ov > best) best = ov, out[g] = p;
    }
  }
  return out;
}

Counts compare(const MapView& gold, const MapView& pred) {
  Counts c;
  c.documents = 1;
  const auto align = align_sentences(gold, pred);
  count_sentences(gold, pred, align, c);
  count_attributions(gold, pred, align, c);
  count_entities(gold, pred, c);
  count_fact_dates(gold, pred, align, c);
  count_argument(gold, pred, align, c);
  return c;
}

std::optional<double> ratio(std::size_t num, std::size_t den) {
  if (den == 0) return std::nullopt;
  return static_cast<double>(num) / static_cast<double>(den);
}
std::optional<double> precision(const Prf& p) { return ratio(p.tp, p.pred); }
std::optional<double> recall(const Prf& p) { return ratio(p.tp, p.gold); }
std::optional<double> f1(const Prf& p) { return ratio(2 * p.tp, p.pred + p.gold); }

std::vector<Figure> figures(const Counts& c) {
  std::vector<Figure> out;
  auto prf = [&](const std::string& key, const std::string& label, const Prf& p) {
    out.push_back({key + "_precision", label + " precision", precision(p)});
    out.push_back({key + "_recall", label + " recall", recall(p)});
    out.push_back({key + "_f1", label + " F1", f1(p)});
  };
  auto tally = [&](const std::string& key, const std::string& label, const Tally& t) {
    out.push_back({key, label, ratio(t.hit, t.total)});
  };
  out.push_back({"sentence_bound_agreement", "sentence bounds: agreement", recall(c.bounds)});
  out.push_back({"sentence_bound_precision", "sentence bounds: precision", precision(c.bounds)});
  tally("type_accuracy", "type accuracy", c.type);
  for (std::size_t i = 0; i < kTypes.size(); ++i)
    prf(std::string("type_") + kTypes[i], std::string("  ") + kTypes[i], c.per_type[i]);
  tally("opinion_fact_accuracy", "opinion vs fact accuracy", c.opinion_fact);
  tally("question_recall", "question recall", c.question);
  tally("caption_recall", "caption recall", c.caption);
  prf("attribution_cue", "attribution cue", c.cue);
  prf("attribution_source", "attribution source", c.source);
  prf("attribution_content", "attribution content", c.content);
  tally("entity_recall", "entity recall", c.entity);
  tally("entity_precision", "entity precision", c.entity_precision);
  tally("alias_recall", "alias recall", c.alias);
  tally("alias_precision", "alias precision", c.alias_precision);
  tally("fact_date_accuracy", "fact date accuracy", c.fact_date);
  tally("thesis_accuracy", "thesis accuracy", c.thesis);
  prf("subclaim", "sub-claim", c.subclaim);
  prf("support_edge", "support edge", c.edge);
  return out;
}

}  // namespace argmap::eval
