// Lexical features for comparing sentences without any word list: Han character
// bigrams and folded Latin words of four letters or more. Used by tree assembly to
// find what sub-claims have in common and which claim restates it.
#pragma once
#include <set>
#include <string>
#include <vector>

#include "engine/document.hpp"

namespace argmap {

using Features = std::set<std::u32string>;

// Features of the text in `span`, leaving out the spans in `exclude`.
Features features_of(const Document& doc, Span span, const std::vector<Span>& exclude = {});

}  // namespace argmap
