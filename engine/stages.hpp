// The deciding stages, in pipeline order. Each reads the layers named in its
// comment and adds its own; none rewrites an earlier layer. Internal to the engine.
#pragma once
#include "engine/document.hpp"
#include "engine/program.hpp"

namespace argmap::stages {

// Needs matches. Adds paragraph kinds (caption, meta) and the metadata/credit sentences' type.
void decide_paragraphs(Document& doc, const Program& program);
// Needs matches. Adds entities with aliases, titles and mentions.
void decide_entities(Document& doc, const Program& program);
// Needs matches, entities. Adds attributions with resolved sources.
void decide_attributions(Document& doc, const Program& program);
// Needs matches. Adds the document date and each sentence's resolved date.
void decide_dates(Document& doc, const Program& program);
// Needs matches, attributions, paragraph kinds. Adds sentence type, form, rules, confidence.
void decide_types(Document& doc, const Program& program);
// Needs types, dates, attributions, entities. Adds the facts layer.
void decide_facts(Document& doc, const Program& program);
// Needs types, matches, facts. Adds the argument tree.
void decide_argument(Document& doc, const Program& program);

}  // namespace argmap::stages
