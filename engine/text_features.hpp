// Lexical features for comparing sentences without any word list: Han character
// bigrams and folded Latin words of four letters or more. Used by tree assembly to
// find what sub-claims have in common and which claim restates it.
#pragma once
#include <algorithm>
#include <cstdint>
#include <vector>

#include "engine/document.hpp"

namespace argmap {

// One feature as a number: a Han bigram packs its two folded code points (exactly);
// a Latin word is a 64-bit hash of its folded letters. Numbers, not strings, because
// every body sentence's features are counted in maps, and string keys made this the
// costliest part of tree assembly.
using Feature = std::uint64_t;
using Features = std::vector<Feature>;  // sorted, no duplicates

// Features of the text in `span`, leaving out the spans in `exclude`.
Features features_of(const Document& doc, Span span, const std::vector<Span>& exclude = {});

inline bool has_feature(const Features& fs, Feature f) { return std::binary_search(fs.begin(), fs.end(), f); }

}  // namespace argmap
