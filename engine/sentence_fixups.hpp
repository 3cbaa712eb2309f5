// Corrections to ICU's sentence breaks for news text, by shape and Unicode
// property only (no word lists). Internal to the text layer.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace argmap::text {

struct ParagraphBreaks {
  std::vector<std::uint32_t> breaks;  // sentence starts strictly inside the paragraph, ascending
  std::uint32_t metadata_end = 0;     // end of a leading metadata sentence, 0 if none
};

// `breaks` are ICU's boundaries inside the paragraph [begin, end) of `text`;
// `document_start`: the paragraph is the first one of the document. The fixups:
//  0. a full stop after a lower-case word (three letters or more, with a vowel) before a
//     capital ends a sentence, where ICU's abbreviation list held it (`an app. The`);
//  1. closing brackets/quotes (Pe, Pf) right after a break stay with the sentence
//     before, and opening ones (Ps, Pi) right before a break go with the sentence after;
//  2. a single Latin capital + '.' (an initial) does not end a sentence, nor does an
//     abbreviation (Dr., St.) that a sentence cannot end on by its neighbours, nor a
//     short capitalised one before a number (Oct. 8);
//  3. no break inside a bracket/quote pair; a bracket that never closes protects
//     to the paragraph end (one stack pass: linear, any depth); no break right after
//     a bracket (not a quotation) that opened mid-sentence;
//  4. a short bracketed credit ending the paragraph after a sentence end is its own sentence;
//  5. a leading `key[:] YYYY-MM-DD` is its own (metadata) sentence.
ParagraphBreaks fix_sentence_breaks(std::u32string_view text, std::uint32_t begin, std::uint32_t end,
                                    std::vector<std::uint32_t> breaks, bool document_start);

// False when the paragraph has no character ICU could break a sentence after
// (STerm, ATerm, NEL): the caller then skips the ICU pass, which matters for
// documents made of very many short lines.
bool may_need_breaks(std::u32string_view text, std::uint32_t begin, std::uint32_t end);

}  // namespace argmap::text
