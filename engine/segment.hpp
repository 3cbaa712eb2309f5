// The text layer: paragraphs, sentences and word tokens with exact offsets,
// from ICU's break iterators plus our corrections for news text.
// Needs: Document::text. Adds: paragraphs, sentences (with metadata flags), tokens.
#pragma once
#include "engine/document.hpp"

namespace argmap {

// Segments doc.text. Uses doc.language (set it first, see language.hpp) to pick
// the ICU locale. Deterministic, never throws on any text.
void segment(Document& doc);

}  // namespace argmap
