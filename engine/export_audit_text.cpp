// The audit as a terminal report: figures first (opinion versus fact, the thesis,
// captions), then the findings grouped by kind, each with the sentences it points at.
// Colour only when asked (the CLI asks on a terminal without NO_COLOR).
#include <cstdio>
#include <sstream>

#include "engine/export.hpp"
#include "engine/export_audit.hpp"
#include "engine/text_input.hpp"

namespace argmap {
namespace {

constexpr std::size_t kMaxChars = 60;  // code points of a sentence shown per line

struct Style {
  bool on;
  std::string operator()(const char* code, const std::string& s) const {
    return on ? std::string("\x1b[") + code + "m" + s + "\x1b[0m" : s;
  }
};

const char* type_colour(SentenceType t) {
  switch (t) {
    case SentenceType::claim: return "33";        // yellow: opinion
    case SentenceType::report: return "34";       // blue: reported fact
    case SentenceType::attribution: return "32";  // green: someone else's words
    case SentenceType::meta: return "90";         // grey
  }
  return "0";
}

const char* kind_title(FindingKind k) {
  switch (k) {
    case FindingKind::repeated_passage: return "Repeated passages";
    case FindingKind::unsupported_claim: return "Claims with no support under them";
    case FindingKind::certainty_marker: return "Opinions stated as certainties";
    case FindingKind::hedge: return "Hedged opinions";
    case FindingKind::vague_source: return "Vague or unnamed sources";
    case FindingKind::rhetorical_question: return "Rhetorical questions";
    case FindingKind::opinion_caption: return "Captions that state an opinion";
    case FindingKind::undated_fact: return "Facts without a date";
  }
  return "";
}

std::string shorten(const Document& doc, Span s) {
  std::u32string_view t = doc.slice(s);
  if (t.size() <= kMaxChars) return encode_utf8(t);
  return encode_utf8(t.substr(0, kMaxChars - 1)) + "\xE2\x80\xA6";
}

std::string percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%5.1f%%", x * 100);
  return buf;
}

}  // namespace

std::string audit_to_text(const Document& doc, const Audit& audit, bool colour) {
  const Style st{colour};
  std::ostringstream out;
  out << st("1", "AUDIT") << "  " << doc.name << " \xC2\xB7 " << doc.language << " \xC2\xB7 "
      << (doc.date && doc.date->complete() ? date_iso(*doc.date) : std::string("no date")) << " \xC2\xB7 "
      << audit.total_sentences << " sentences, " << audit.total_characters << " characters\n\n";

  out << st("1", "Opinion versus fact") << "            sentences      characters\n";
  for (auto t : {SentenceType::claim, SentenceType::report, SentenceType::attribution, SentenceType::meta}) {
    const auto k = static_cast<std::size_t>(t);
    const std::string name = type_name(t);
    const std::string label = name + (t == SentenceType::claim ? " (opinion)" : t == SentenceType::report ? " (fact)" : "");
    const std::size_t bar = static_cast<std::size_t>(audit.share(t) * 20 + 0.5);
    std::string bars;
    for (std::size_t i = 0; i < bar; ++i) bars += "\xE2\x96\x88";
    out << "  " << st(type_colour(t), label) << std::string(label.size() < 18 ? 18 - label.size() : 1, ' ')
        << percent(audit.share(t)) << " (" << audit.sentences[k] << ")  " << percent(audit.char_share(t)) << "  "
        << st(type_colour(t), bars) << "\n";
  }

  out << "\n" << st("1", "Thesis") << "  ";
  if (audit.thesis) {
    const ThesisInfo& t = *audit.thesis;
    out << "n" << t.node + 1 << " (";
    for (std::size_t i = 0; i < t.sentences.size(); ++i) out << (i ? ", s" : "s") << t.sentences[i] + 1;
    out << "): " << t.support << " nodes support it (" << t.evidence << " evidence), " << t.attack
        << " attack, " << t.direct << " directly below\n";
    if (!t.sentences.empty()) out << "    " << shorten(doc, doc.sentences[t.sentences.front()].span) << "\n";
  } else {
    out << "none (the text reports rather than argues)\n";
  }

  std::size_t opinion = 0;
  for (const auto& c : audit.captions) opinion += c.opinion;
  out << "\n" << st("1", "Captions") << "  " << audit.captions.size() << " (" << opinion << " stating an opinion)\n";

  bool any = false;
  for (int k = 0; k <= static_cast<int>(FindingKind::undated_fact); ++k) {
    const auto kind = static_cast<FindingKind>(k);
    std::size_t count = 0;
    for (const auto& f : audit.findings) count += f.kind == kind;
    if (!count) continue;
    any = true;
    out << "\n" << st("1", kind_title(kind)) << " (" << count << ")\n";
    for (const auto& f : audit.findings) {
      if (f.kind != kind) continue;
      out << "  " << st("35", "\xE2\x80\xA2") << " " << f.message << "\n";
      for (auto s : f.sentences) {
        const Sentence& sentence = doc.sentences[s];
        out << "      " << st("2", "s" + std::to_string(s + 1)) << " " << st(type_colour(sentence.type), type_name(sentence.type))
            << "  " << shorten(doc, sentence.span) << "\n";
      }
    }
  }
  if (!any) out << "\nNo findings.\n";
  return out.str();
}

}  // namespace argmap
