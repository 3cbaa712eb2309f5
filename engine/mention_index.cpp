// Sorted entity mentions (see mention_index.hpp).
#include "engine/mention_index.hpp"

#include <algorithm>

namespace argmap {

MentionIndex::MentionIndex(const Document& doc) {
  for (std::uint32_t e = 0; e < doc.entities.size(); ++e)
    for (const Span& m : doc.entities[e].mentions) mentions_.push_back({m, e});
  std::sort(mentions_.begin(), mentions_.end(), [](const Mention& a, const Mention& b) {
    return a.span.start != b.span.start ? a.span.start < b.span.start : a.span.end < b.span.end;
  });
}

std::vector<MentionIndex::Mention> MentionIndex::inside(Span s) const {
  std::vector<Mention> out;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s.start,
                             [](const Mention& m, Offset at) { return m.span.start < at; });
  for (; it != mentions_.end() && it->span.start < s.end; ++it)
    if (it->span.end <= s.end) out.push_back(*it);
  return out;
}

std::optional<MentionIndex::Mention> MentionIndex::first_inside(Span s) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), s.start,
                             [](const Mention& m, Offset at) { return m.span.start < at; });
  for (; it != mentions_.end() && it->span.start < s.end; ++it)
    if (it->span.end <= s.end) return *it;
  return std::nullopt;
}

std::optional<std::uint32_t> MentionIndex::last_before(Offset offset) const {
  // Mentions do not overlap (the entity stage claims text longest first), so the
  // last one starting before `offset` is the candidate; step back if it runs past.
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), offset,
                             [](const Mention& m, Offset at) { return m.span.start < at; });
  while (it != mentions_.begin()) {
    --it;
    if (it->span.end <= offset) return it->entity;
  }
  return std::nullopt;
}

}  // namespace argmap
