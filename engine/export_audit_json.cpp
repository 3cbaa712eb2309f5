// The audit as JSON, schema "argmap-audit/1". Stable: fields may be added, none
// removed or renamed without a new schema name. Ids are those of the argmap/1 map
// (s1, p1, n1, ...), so the two can be read side by side. Documented in README.md.
#include <nlohmann/json.hpp>

#include "engine/export.hpp"
#include "engine/export_audit.hpp"
#include "engine/text_input.hpp"

namespace argmap {
namespace {

using json = nlohmann::ordered_json;

std::string id(char prefix, std::size_t index) { return prefix + std::to_string(index + 1); }

json sentence_ids(const std::vector<std::uint32_t>& ids) {
  json out = json::array();
  for (auto s : ids) out.push_back(id('s', s));
  return out;
}

constexpr SentenceType kTypes[] = {SentenceType::claim, SentenceType::report, SentenceType::attribution,
                                   SentenceType::meta};

// {"claim": f(claim), "report": f(report), ...} in that order.
template <class F>
json per_type(F f) {
  json out = json::object();
  for (auto t : kTypes) out[type_name(t)] = f(t);
  return out;
}

}  // namespace

std::string audit_to_json(const Document& doc, const Audit& audit, int indent) {
  json out;
  out["schema"] = "argmap-audit/1";
  out["document"] = {{"name", doc.name},
                     {"language", doc.language},
                     {"date", doc.date && doc.date->complete() ? json(date_iso(*doc.date)) : json(nullptr)},
                     {"sentences", audit.total_sentences},
                     {"characters", audit.total_characters}};

  out["shares"] = per_type([&](SentenceType t) { return audit.share(t); });
  out["char_shares"] = per_type([&](SentenceType t) { return audit.char_share(t); });
  out["counts"] = {
      {"sentences", per_type([&](SentenceType t) { return audit.sentences[static_cast<std::size_t>(t)]; })},
      {"characters", per_type([&](SentenceType t) { return audit.characters[static_cast<std::size_t>(t)]; })}};

  if (audit.thesis) {
    const ThesisInfo& t = *audit.thesis;
    out["thesis"] = {{"node", id('n', t.node)},
                     {"sentences", sentence_ids(t.sentences)},
                     {"support", t.support},
                     {"attack", t.attack},
                     {"evidence", t.evidence},
                     {"children", t.direct}};
  } else {
    out["thesis"] = nullptr;
  }

  json captions = json::array();
  for (const auto& c : audit.captions)
    captions.push_back({{"paragraph", id('p', c.paragraph)}, {"sentences", sentence_ids(c.sentences)}, {"opinion", c.opinion}});
  out["captions"] = std::move(captions);

  json findings = json::array();
  for (const auto& f : audit.findings) {
    json marks = json::array();
    for (const Span& m : f.marks)
      marks.push_back({{"text", encode_utf8(doc.slice(m))}, {"start", m.start}, {"end", m.end}});
    findings.push_back({{"kind", finding_kind_name(f.kind)},
                        {"sentences", sentence_ids(f.sentences)},
                        {"message", f.message},
                        {"marks", std::move(marks)},
                        {"rules", f.rules}});
  }
  out["findings"] = std::move(findings);
  // A file name need not be UTF-8: replace bad bytes rather than throw.
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace argmap
