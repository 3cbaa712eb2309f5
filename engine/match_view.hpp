// Read-only helpers the deciding stages share to look at rule matches:
// per-sentence ranges, label families, captures, token spans and text.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "engine/document.hpp"
#include "engine/program.hpp"

namespace argmap {

// [begin, end) into doc.matches for each sentence (doc.matches is grouped by sentence).
struct MatchRange { std::size_t begin = 0, end = 0; };
std::vector<MatchRange> matches_by_sentence(const Document& doc);

// "claim" is the family of "claim" and of "claim.stance", not of "claims".
bool in_family(std::string_view label, std::string_view family);

// The label's components after the family: "date.weekday.5" -> {"weekday", "5"}.
std::vector<std::string> label_parts(std::string_view label);

const CaptureSpan* find_capture(const RuleMatch& m, std::string_view name);
std::vector<const CaptureSpan*> find_captures(const RuleMatch& m, std::string_view name);

// Code-point span of tokens [first, end); empty span at the token start if first == end.
Span token_span(const Document& doc, std::uint32_t first, std::uint32_t end);
Span match_span(const Document& doc, const RuleMatch& m);
Span capture_span(const Document& doc, const CaptureSpan& c);

// True when `span` lies inside a match of `veto.<family>` in the given match range:
// negative rules (a compound that only contains a reporting verb) that keep cues from firing where they don't mean it.
bool vetoed(const Document& doc, const Program& program, MatchRange range, std::string_view family, Span span);

// True when the span's first character is a quotation mark (Unicode Quotation_Mark).
bool starts_with_quote(const Document& doc, Span s);
bool contains_quote(const Document& doc, Span s);

}  // namespace argmap
