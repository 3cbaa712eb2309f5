// Implementation of the stages' read-only views on matches (see match_view.hpp).
#include "engine/match_view.hpp"

#include <unicode/uchar.h>

namespace argmap {

std::vector<MatchRange> matches_by_sentence(const Document& doc) {
  std::vector<MatchRange> ranges(doc.sentences.size());
  std::size_t i = 0;
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    while (i < doc.matches.size() && doc.matches[i].sentence < s) ++i;
    ranges[s].begin = i;
    while (i < doc.matches.size() && doc.matches[i].sentence == s) ++i;
    ranges[s].end = i;
  }
  return ranges;
}

bool in_family(std::string_view label, std::string_view family) {
  if (label.size() < family.size() || label.substr(0, family.size()) != family) return false;
  return label.size() == family.size() || label[family.size()] == '.';
}

std::vector<std::string> label_parts(std::string_view label) {
  std::vector<std::string> parts;
  std::size_t start = label.find('.');
  while (start != std::string_view::npos) {
    std::size_t next = label.find('.', start + 1);
    parts.emplace_back(label.substr(start + 1, next == std::string_view::npos ? next : next - start - 1));
    start = next;
  }
  return parts;
}

const CaptureSpan* find_capture(const RuleMatch& m, std::string_view name) {
  for (const auto& c : m.captures)
    if (c.name == name) return &c;
  return nullptr;
}

std::vector<const CaptureSpan*> find_captures(const RuleMatch& m, std::string_view name) {
  std::vector<const CaptureSpan*> out;
  for (const auto& c : m.captures)
    if (c.name == name) out.push_back(&c);
  return out;
}

Span token_span(const Document& doc, std::uint32_t first, std::uint32_t end) {
  if (first >= end || first >= doc.tokens.size()) {
    Offset at = first < doc.tokens.size() ? doc.tokens[first].span.start
                                          : (doc.tokens.empty() ? 0 : doc.tokens.back().span.end);
    return {at, at};
  }
  return {doc.tokens[first].span.start, doc.tokens[end - 1].span.end};
}

Span match_span(const Document& doc, const RuleMatch& m) { return token_span(doc, m.first_token, m.end_token); }

Span capture_span(const Document& doc, const CaptureSpan& c) {
  return token_span(doc, c.first_token, c.end_token);
}

bool vetoed(const Document& doc, const Program& program, MatchRange range, std::string_view family, Span span) {
  for (std::size_t i = range.begin; i < range.end; ++i) {
    const std::string& label = program.rules()[doc.matches[i].rule].label;
    if (!in_family(label, "veto") || label.size() <= 5 || !in_family(std::string_view(label).substr(5), family))
      continue;
    const Span v = match_span(doc, doc.matches[i]);
    if (span.start >= v.start && span.end <= v.end) return true;
  }
  return false;
}

bool starts_with_quote(const Document& doc, Span s) {
  return !s.empty() && u_hasBinaryProperty(static_cast<UChar32>(doc.text[s.start]), UCHAR_QUOTATION_MARK);
}

bool contains_quote(const Document& doc, Span s) {
  for (Offset i = s.start; i < s.end; ++i)
    if (u_hasBinaryProperty(static_cast<UChar32>(doc.text[i]), UCHAR_QUOTATION_MARK)) return true;
  return false;
}

}  // namespace argmap
