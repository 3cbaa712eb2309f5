// All entity mentions of a Document sorted by position, for the stages that ask
// "which entity is named here / last named before here" without scanning every
// mention each time (that would make long documents quadratic).
#pragma once
#include <optional>
#include <vector>

#include "engine/document.hpp"

namespace argmap {

class MentionIndex {
 public:
  struct Mention {
    Span span;
    std::uint32_t entity;
  };

  explicit MentionIndex(const Document& doc);

  // Mentions lying wholly inside `s`, in text order.
  std::vector<Mention> inside(Span s) const;
  // The entity of the first mention inside `s`, with that mention.
  std::optional<Mention> first_inside(Span s) const;
  // The entity of the last mention that ends at or before `offset`.
  std::optional<std::uint32_t> last_before(Offset offset) const;

 private:
  std::vector<Mention> mentions_;  // by start, then end
};

}  // namespace argmap
