// Exporters: the argmap/1 JSON of the contract, and a terminal view of the tree.
#pragma once
#include <iosfwd>
#include <string>

#include "engine/document.hpp"

namespace argmap {

// The argmap/1 JSON object (../shared/contract). indent < 0: one line.
std::string to_json(const Document& doc, int indent = 2);

// The same JSON appended to `out`, for callers that wrap maps in lines of their own
// (batch) without copying each map once more.
void append_json(std::string& out, const Document& doc, int indent = 2);

// The same JSON written to `out` as it is made, in pieces: a long document's map is
// never held whole (`argmap analyze`).
void write_json(std::ostream& out, const Document& doc, int indent = 2);

// A readable picture for a terminal: the argument tree, then the facts apart from it.
std::string to_tree_text(const Document& doc);

// Names used in the JSON ("report", "claim", ...), shared by all exporters.
const char* type_name(SentenceType t);
const char* role_name(NodeRole r);
const char* relation_name(Relation r);  // "support", "attack"; nullptr for none
const char* paragraph_kind_name(ParagraphKind k);
const char* quote_name(QuoteKind q);
std::string date_iso(const Date& d);  // YYYY-MM-DD

}  // namespace argmap
