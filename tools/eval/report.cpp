// The evaluation table, its JSON form, and the floors check.
#include "tools/eval/report.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace argmap::eval {

namespace {

std::string fixed3(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", v);
  return buf;
}

std::string pad_left(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::string pad_right(const std::string& s, std::size_t width) {
  return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

nlohmann::ordered_json tally_json(const Tally& t) { return {{"hit", t.hit}, {"total", t.total}}; }
nlohmann::ordered_json prf_json(const Prf& p) { return {{"tp", p.tp}, {"pred", p.pred}, {"gold", p.gold}}; }

nlohmann::ordered_json counts_json(const Counts& c) {
  nlohmann::ordered_json j;
  j["sentence_bounds"] = prf_json(c.bounds);
  j["type"] = tally_json(c.type);
  for (std::size_t i = 0; i < kTypes.size(); ++i) j[std::string("type_") + kTypes[i]] = prf_json(c.per_type[i]);
  j["opinion_fact"] = tally_json(c.opinion_fact);
  j["question"] = tally_json(c.question);
  j["caption"] = tally_json(c.caption);
  j["attribution_cue"] = prf_json(c.cue);
  j["attribution_source"] = prf_json(c.source);
  j["attribution_content"] = prf_json(c.content);
  j["entity"] = tally_json(c.entity);
  j["alias"] = tally_json(c.alias);
  j["entity_precision"] = tally_json(c.entity_precision);
  j["alias_precision"] = tally_json(c.alias_precision);
  j["fact_date"] = tally_json(c.fact_date);
  j["thesis"] = tally_json(c.thesis);
  j["subclaim"] = prf_json(c.subclaim);
  j["support_edge"] = prf_json(c.edge);
  return j;
}

}  // namespace

std::string render_table(const std::vector<Column>& columns) {
  constexpr std::size_t kLabel = 30, kCell = 9;
  std::ostringstream out;
  out << pad_right("metric", kLabel);
  for (const Column& c : columns) out << pad_left(c.name, kCell);
  out << "\n";
  out << pad_right("documents", kLabel);
  for (const Column& c : columns) out << pad_left(std::to_string(c.counts.documents), kCell);
  out << "\n" << pad_right("gold sentences", kLabel);
  for (const Column& c : columns) out << pad_left(std::to_string(c.counts.bounds.gold), kCell);
  out << "\n";
  std::vector<std::vector<Figure>> per_column;
  for (const Column& c : columns) per_column.push_back(figures(c.counts));
  if (per_column.empty()) return out.str();
  for (std::size_t row = 0; row < per_column.front().size(); ++row) {
    out << pad_right(per_column.front()[row].label, kLabel);
    for (const auto& figs : per_column) {
      const auto& v = figs[row].value;
      out << pad_left(v ? fixed3(*v) : "-", kCell);
    }
    out << "\n";
  }
  return out.str();
}

nlohmann::ordered_json render_json(const std::vector<Column>& columns, const std::vector<std::string>& documents) {
  nlohmann::ordered_json j;
  j["schema"] = "argmap-eval/1";
  j["documents"] = documents;
  nlohmann::ordered_json results = nlohmann::ordered_json::object();
  for (const Column& c : columns) {
    nlohmann::ordered_json figs = nlohmann::ordered_json::object();
    for (const Figure& f : figures(c.counts))
      figs[f.key] = f.value ? nlohmann::ordered_json(*f.value) : nlohmann::ordered_json(nullptr);
    results[c.name] = {{"documents", c.counts.documents}, {"figures", figs}, {"counts", counts_json(c.counts)}};
  }
  j["results"] = std::move(results);
  return j;
}

std::string render_by_document(const std::vector<DocumentResult>& documents) {
  std::size_t name_width = 8;
  for (const auto& d : documents) name_width = std::max(name_width, d.name.size() + 2);
  std::ostringstream out;
  out << pad_right("document", name_width) << pad_right("language", 10) << pad_left("sentences", 10)
      << pad_left("type", 10) << pad_left("thesis", 8) << pad_left("sub-claim F1", 14) << pad_left("edge F1", 9)
      << pad_left("source F1", 11) << "\n";
  auto cell = [](const std::optional<double>& v) { return v ? fixed3(*v) : std::string("-"); };
  for (const auto& d : documents) {
    const Counts& c = d.counts;
    const std::string thesis = c.thesis.total == 0 ? "-" : c.thesis.hit == c.thesis.total ? "ok" : "MISS";
    out << pad_right(d.name, name_width) << pad_right(d.language, 10) << pad_left(std::to_string(c.bounds.gold), 10)
        << pad_left(std::to_string(c.type.hit) + "/" + std::to_string(c.type.total), 10) << pad_left(thesis, 8)
        << pad_left(cell(f1(c.subclaim)), 14) << pad_left(cell(f1(c.edge)), 9) << pad_left(cell(f1(c.source)), 11)
        << "\n";
  }
  return out.str();
}

nlohmann::ordered_json by_document_json(const std::vector<DocumentResult>& documents) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& d : documents) {
    nlohmann::ordered_json figs = nlohmann::ordered_json::object();
    for (const Figure& f : figures(d.counts))
      figs[f.key] = f.value ? nlohmann::ordered_json(*f.value) : nlohmann::ordered_json(nullptr);
    out.push_back({{"document", d.name}, {"language", d.language}, {"figures", figs}, {"counts", counts_json(d.counts)}});
  }
  return out;
}

std::optional<Floors> read_floors(const std::string& text, std::string& error) {
  const auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    error = "not valid JSON";
    return std::nullopt;
  }
  auto it = j.find("floors");
  if (!j.is_object() || it == j.end() || !it->is_object()) {
    error = "expected an object with a \"floors\" object";
    return std::nullopt;
  }
  Floors floors;
  for (const auto& [column, figs] : it->items()) {
    if (!figs.is_object()) {
      error = "floors." + column + ": expected an object";
      return std::nullopt;
    }
    for (const auto& [key, value] : figs.items()) {
      if (!value.is_number()) {
        error = "floors." + column + "." + key + ": expected a number";
        return std::nullopt;
      }
      floors[column][key] = value.get<double>();
    }
  }
  return floors;
}

std::vector<std::string> check_floors(const Floors& floors, const std::vector<Column>& columns) {
  std::vector<std::string> failures;
  for (const auto& [column, figs] : floors) {
    const Column* col = nullptr;
    for (const Column& c : columns)
      if (c.name == column) col = &c;
    for (const auto& [key, floor] : figs) {
      const std::string what = column + " " + key;
      if (!col || col->counts.documents == 0) {
        failures.push_back(what + ": no documents of this language were evaluated (floor " + fixed3(floor) + ")");
        continue;
      }
      std::optional<Figure> fig;
      for (const Figure& f : figures(col->counts))
        if (f.key == key) fig = f;
      if (!fig) {
        failures.push_back(what + ": no such figure");
      } else if (!fig->value) {
        failures.push_back(what + ": undefined (nothing to count) but has floor " + fixed3(floor));
      } else if (*fig->value < floor) {
        failures.push_back(what + " " + fixed3(*fig->value) + " is below its floor " + fixed3(floor));
      }
    }
  }
  return failures;
}

}  // namespace argmap::eval
