// Exporters of an audit (engine/audit.hpp): a terminal report, a stable JSON
// object, and the self-contained HTML map that shows the article, the argument
// tree, the facts and the findings together.
#pragma once
#include <string>

#include "engine/audit.hpp"
#include "engine/document.hpp"

namespace argmap {

// A readable report for a terminal. `colour`: ANSI colours (the caller decides:
// a terminal, and NO_COLOR unset).
std::string audit_to_text(const Document& doc, const Audit& audit, bool colour);

// The audit as JSON (schema "argmap-audit/1", documented in README.md, "Auditing").
// indent < 0: one line.
std::string audit_to_json(const Document& doc, const Audit& audit, int indent = 2);

// One self-contained HTML page: inline CSS and JavaScript, a Content-Security-Policy
// that forbids any network access, the document's text embedded as escaped JSON.
std::string to_html(const Document& doc, const Audit& audit);

}  // namespace argmap
