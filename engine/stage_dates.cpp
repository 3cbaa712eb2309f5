// Dates. The document date comes from a metadata line or a dateline; each sentence's
// first date expression is then resolved against it. What an expression means is
// in its rule's label, so no date word is written here:
//   date.abs            captures year?, month?, day?  (missing parts come from the document date)
//   date.month.N        month N; captures day?, year?
//   date.offset.mN/pN/0 N days before/after the document date (yesterday = m1)
//   date.weekday.N      the last weekday N (1 = Monday) on or before the document date
//   date.lastweek.N     weekday N of the week before the document's
//   date.same           the date of the previous dated sentence ("the same day")
//   date.occasion       the date of one of the two body sentences just before (the
//                       nearer first), if they have one: the event they reported is
//                       the occasion ("at the press conference")
//   date.dateline       like date.abs, and also sets the document date
//   date.dateline.N     a dateline whose month N is written as a word
// Numbers are read by Unicode numeric value, so ASCII, full-width and Han numerals all work.
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

#include "engine/calendar.hpp"
#include "engine/match_view.hpp"
#include "engine/stages.hpp"

namespace argmap::stages {
namespace {

// The integer a capture spells: "23", full-width digits, Han numerals. -1 if it is not a number.
int number_of(const Document& doc, Span s) {
  long value = 0, section = 0;
  bool any = false;
  for (Offset i = s.start; i < s.end; ++i) {
    const double v = u_getNumericValue(static_cast<UChar32>(doc.text[i]));
    if (v == U_NO_NUMERIC_VALUE || v < 0 || v != std::floor(v)) continue;  // skip unit characters (year, month, day)
    any = true;
    const long n = static_cast<long>(v);
    if (n >= 10 && (n == 10 || n == 100 || n == 1000)) {
      section = (section == 0 ? 1 : section) * n;  // ten / hundred / thousand multiply what precedes
      value += section;
      section = 0;
    } else if (n < 10) {
      section = section * 10 + n;
    } else {
      section = section * 10 + n;  // other numeric code points: treat as digits
    }
    if (value + section > 100000) return -1;
  }
  return any ? static_cast<int>(value + section) : -1;
}

int capture_number(const Document& doc, const RuleMatch& m, const char* name) {
  const CaptureSpan* c = find_capture(m, name);
  return c ? number_of(doc, capture_span(doc, *c)) : -1;
}

int parse_signed(const std::string& part) {  // "m1" -> -1, "p2" -> 2, "0" -> 0
  if (part.empty()) return 0;
  int sign = 1;
  std::size_t i = 0;
  if (part[0] == 'm') sign = -1, i = 1;
  else if (part[0] == 'p') i = 1;
  int n = 0;
  for (; i < part.size() && std::isdigit(static_cast<unsigned char>(part[i])) && n < 100000; ++i) n = n * 10 + (part[i] - '0');
  return sign * n;
}

// Completes a partial date (a day, or a month and day) from the reference: of the
// candidates in the previous, the same and the next month (or year), the one nearest
// the reference. News mostly looks back ("the 30th" in a paper of the 3rd is last
// month's), but also ahead ("will vote on December 1" in a September paper).
std::optional<Date> complete(int y, int m, int d, const std::optional<Date>& ref) {
  if (y > 0 && m > 0 && d > 0) {
    if (calendar::valid(y, m, d)) return Date{y, m, d};
    return std::nullopt;
  }
  if (!ref || d <= 0) return std::nullopt;
  const long at = calendar::days_from_civil(ref->year, ref->month, ref->day);
  std::optional<Date> best;
  long best_distance = 0;
  for (int step = -1; step <= 1; ++step) {
    int cy = ref->year, cm = ref->month;
    if (m > 0) {
      cm = m;
      cy = (y > 0 ? y : ref->year + step);
      if (y > 0 && step != 0) continue;
    } else {
      cm += step;
      if (cm == 0) cm = 12, --cy;
      if (cm == 13) cm = 1, ++cy;
    }
    if (!calendar::valid(cy, cm, d)) continue;
    const long distance = std::labs(calendar::days_from_civil(cy, cm, d) - at);
    // On a tie the earlier date wins: reports look back more often than ahead.
    if (!best || distance < best_distance) best = Date{cy, cm, d}, best_distance = distance;
  }
  return best;
}

std::optional<Date> resolve(const Document& doc, const RuleMatch& m, const std::vector<std::string>& parts,
                            const std::optional<Date>& ref, const std::optional<Date>& previous,
                            const std::optional<Date>& just_before) {
  const std::string kind = parts.empty() ? "abs" : parts[0];
  const std::string arg = parts.size() > 1 ? parts[1] : "";
  if (kind == "dateline" && !arg.empty()) {  // date.dateline.N: a month written as a word
    return complete(capture_number(doc, m, "year"), parse_signed(arg), capture_number(doc, m, "day"), ref);
  }
  if (kind == "abs" || kind == "dateline") {
    return complete(capture_number(doc, m, "year"), capture_number(doc, m, "month"),
                    capture_number(doc, m, "day"), ref);
  }
  if (kind == "month") {
    const int month = parse_signed(arg);
    if (month < 1 || month > 12) return std::nullopt;
    return complete(capture_number(doc, m, "year"), month, capture_number(doc, m, "day"), ref);
  }
  if (kind == "occasion") return just_before;
  if (!ref) return kind == "same" ? previous : std::nullopt;
  if (kind == "offset") return calendar::add_days(*ref, parse_signed(arg));
  if (kind == "monthrel") {  // date.monthrel.m1: a day of the month N months from the reference's
    const int shift = parse_signed(arg);
    if (shift < -12 || shift > 12) return std::nullopt;
    int month0 = ref->month - 1 + shift, year = ref->year;
    if (month0 < 0) month0 += 12, --year;
    if (month0 > 11) month0 -= 12, ++year;
    const int day = capture_number(doc, m, "day");
    if (day <= 0 || !calendar::valid(year, month0 + 1, day)) return std::nullopt;
    return Date{year, month0 + 1, day};
  }
  if (kind == "weekday" || kind == "lastweek") {
    const int want = parse_signed(arg);
    if (want < 1 || want > 7) return std::nullopt;
    const int today = calendar::weekday(*ref);
    if (kind == "weekday") return calendar::add_days(*ref, -((today - want + 7) % 7));
    return calendar::add_days(*ref, -(today - 1) - 7 + (want - 1));
  }
  if (kind == "same") return previous;
  return std::nullopt;
}

}  // namespace

void decide_dates(Document& doc, const Program& program) {
  const auto ranges = matches_by_sentence(doc);
  const auto& rules = program.rules();
  doc.sentence_dates.assign(doc.sentences.size(), std::nullopt);

  // The document date: a complete date in a metadata sentence, or a dateline. A date
  // the caller gave (AnalyzeOptions::date) stands in when the text has none, and
  // completes a dateline that gives only the day or the month and day.
  const std::optional<Date> given = doc.date;
  std::optional<Date> found;
  for (std::uint32_t s = 0; s < doc.sentences.size() && !found; ++s) {
    for (std::size_t i = ranges[s].begin; i < ranges[s].end && !found; ++i) {
      const RuleMatch& m = doc.matches[i];
      const std::string& label = rules[m.rule].label;
      const bool dateline = in_family(label, "date.dateline");
      const bool metadata = doc.sentences[s].metadata && (in_family(label, "date") || in_family(label, "meta"));
      if (!dateline && !metadata) continue;
      const auto parts = label_parts(label);
      const int month = dateline && parts.size() > 1 ? parse_signed(parts[1]) : capture_number(doc, m, "month");
      found = complete(capture_number(doc, m, "year"), month, capture_number(doc, m, "day"),
                       dateline ? given : std::nullopt);
    }
  }
  if (found) doc.date = found;

  std::optional<Date> previous;
  std::optional<std::uint32_t> body1, body2;  // the last two sentences outside metadata and captions
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    if (doc.sentences[s].metadata) continue;
    // A caption shows another moment; the occasion of a body sentence is in the body.
    const bool caption = doc.paragraphs[doc.sentences[s].paragraph].kind == ParagraphKind::caption;
    std::optional<Date> just_before = body1 ? doc.sentence_dates[*body1] : std::nullopt;
    if (!just_before && body2) just_before = doc.sentence_dates[*body2];
    if (!caption) body2 = body1, body1 = s;
    // The first expression in the text wins; of two starting together, the longer
    // ("last Friday" over "Friday").
    std::vector<const RuleMatch*> found;
    for (std::size_t i = ranges[s].begin; i < ranges[s].end; ++i)
      if (in_family(rules[doc.matches[i].rule].label, "date")) found.push_back(&doc.matches[i]);
    std::stable_sort(found.begin(), found.end(), [](const RuleMatch* a, const RuleMatch* b) {
      return a->first_token != b->first_token ? a->first_token < b->first_token : a->end_token > b->end_token;
    });
    for (const RuleMatch* m : found) {
      if (auto d = resolve(doc, *m, label_parts(rules[m->rule].label), doc.date, previous, just_before)) {
        doc.sentence_dates[s] = d;
        previous = d;
        break;
      }
    }
  }
}

}  // namespace argmap::stages
