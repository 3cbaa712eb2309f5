// The terminal view of a map: the argument tree, then the facts layer apart from it,
// then who said what. Plain text, no colour; long sentences are shortened with "…".
#include <algorithm>
#include <map>
#include <sstream>

#include "engine/export.hpp"
#include "engine/text_input.hpp"

namespace argmap {
namespace {

constexpr std::size_t kMaxChars = 70;  // code points of a sentence shown per line

std::string shorten(const Document& doc, Span s) {
  std::u32string_view t = doc.slice(s);
  if (t.size() <= kMaxChars) return encode_utf8(t);
  return encode_utf8(t.substr(0, kMaxChars - 1)) + "…";
}

std::string sentence_ids(const std::vector<std::uint32_t>& ids) {
  std::string out;
  for (auto s : ids) out += (out.empty() ? "s" : ",s") + std::to_string(s + 1);
  return out;
}

std::string entity_label(const Document& doc, std::optional<std::uint32_t> e) {
  if (!e) return "author";
  return doc.entities[*e].name + " (e" + std::to_string(*e + 1) + ")";
}

void print_node(const Document& doc, std::ostringstream& out, std::uint32_t node,
                const std::multimap<std::uint32_t, std::uint32_t>& children, const std::string& prefix,
                bool last, bool root) {
  const ArgumentNode& n = doc.argument.nodes[node];
  std::string head = root ? "" : prefix + (last ? "└─ " : "├─ ");
  out << head;
  if (!root) out << relation_name(n.relation) << " · ";
  out << role_name(n.role);
  if (n.holder_entity) out << " [" << entity_label(doc, n.holder_entity) << "]";
  out << "  " << sentence_ids(n.sentences) << "\n";
  std::string body_prefix = root ? "" : prefix + (last ? "   " : "│  ");
  auto [lo, hi] = children.equal_range(node);
  bool has_children = lo != hi;
  for (auto s : n.sentences) {
    out << body_prefix << (has_children ? "│    " : "     ") << "[" << type_name(doc.sentences[s].type)
        << "] " << shorten(doc, doc.sentences[s].span) << "\n";
  }
  for (auto it = lo; it != hi; ++it) {
    auto next = std::next(it);
    print_node(doc, out, it->second, children, body_prefix, next == hi, false);
  }
}

}  // namespace

std::string to_tree_text(const Document& doc) {
  std::ostringstream out;
  std::map<SentenceType, int> counts;
  for (const auto& s : doc.sentences) ++counts[s.type];
  out << doc.name << " · " << doc.language << " · "
      << (doc.date && doc.date->complete() ? date_iso(*doc.date) : std::string("no date")) << " · "
      << doc.sentences.size() << " sentences (claim " << counts[SentenceType::claim] << ", report "
      << counts[SentenceType::report] << ", attribution " << counts[SentenceType::attribution]
      << ", meta " << counts[SentenceType::meta] << ")\n\n";

  out << "ARGUMENT\n";
  if (!doc.argument.thesis) {
    out << "  (no argument of the author's: the text reports)\n";
  } else {
    // Children in text order, so the picture reads like the article.
    std::vector<std::uint32_t> order(doc.argument.nodes.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      return doc.argument.nodes[a].sentences.front() < doc.argument.nodes[b].sentences.front();
    });
    std::multimap<std::uint32_t, std::uint32_t> children;
    for (auto i : order)
      if (doc.argument.nodes[i].parent) children.emplace(*doc.argument.nodes[i].parent, i);
    print_node(doc, out, *doc.argument.thesis, children, "", true, true);
  }

  out << "\nFACTS\n";
  for (std::size_t i = 0; i < doc.facts.size(); ++i) {
    const Fact& f = doc.facts[i];
    out << "  f" << i + 1 << "  " << (f.date && f.date->complete() ? date_iso(*f.date) : "    -     ")
        << "  " << type_name(f.kind) << "  " << sentence_ids(f.sentences);
    if (!f.actors.empty()) {
      out << "  actors:";
      for (auto a : f.actors) out << " " << doc.entities[a].name;
    }
    out << "\n      " << shorten(doc, doc.sentences[f.sentences.front()].span) << "\n";
  }

  out << "\nATTRIBUTIONS\n";
  for (std::size_t i = 0; i < doc.attributions.size(); ++i) {
    const Attribution& a = doc.attributions[i];
    std::string source = a.source ? encode_utf8(doc.slice(*a.source)) : std::string("(implicit)");
    out << "  a" << i + 1 << "  s" << a.sentence + 1 << "  " << source;
    if (a.source_entity) out << " → " << doc.entities[*a.source_entity].name;
    out << "  «" << encode_utf8(doc.slice(a.cue)) << "»  " << quote_name(a.quote) << "\n      "
        << shorten(doc, a.content) << "\n";
  }
  return out.str();
}

}  // namespace argmap
