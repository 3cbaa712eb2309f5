// Reading input and loading the engine, shared by every subcommand.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include <cstdio>

#include "engine/calendar.hpp"
#include "grammar/diagnostic.hpp"
#include "tools/argmap/cli.hpp"

namespace argmap::cli {

bool parse_common_option(const std::vector<std::string>& args, std::size_t& i, CommonOptions& o, bool& error) {
  const std::string& a = args[i];
  auto value = [&](const char* name) -> std::optional<std::string> {
    if (i + 1 >= args.size()) {
      std::cerr << "argmap: " << name << " needs a value\n";
      error = true;
      return std::nullopt;
    }
    return args[++i];
  };
  if (a == "--rules") {
    if (auto v = value("--rules")) o.rule_dirs.push_back(*v);
    return true;
  }
  if (a == "--lang") {
    if (auto v = value("--lang")) o.language = *v;
    return true;
  }
  if (a == "--lenient") { o.lenient = true; return true; }
  if (a == "--date") {
    auto v = value("--date");
    if (!v) return true;
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(v->c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !calendar::valid(y, m, d)) {
      std::cerr << "argmap: --date wants a date as YYYY-MM-DD, not '" << *v << "'\n";
      error = true;
      return true;
    }
    o.date = Date{y, m, d};
    return true;
  }
  if (a == "--no-default-rules") { o.no_shipped_rules = true; return true; }
  return false;
}

std::optional<std::string> read_input(const std::string& path, std::string& error) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot open file";
    return std::nullopt;
  }
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) {
    error = path + ": read error";
    return std::nullopt;
  }
  return data;
}

std::shared_ptr<const Engine> load_engine(const CommonOptions& o) {
  std::vector<std::string> paths;
  if (!o.no_shipped_rules) paths.push_back(shipped_rules_dir());
  paths.insert(paths.end(), o.rule_dirs.begin(), o.rule_dirs.end());
  std::vector<grammar::Diagnostic> diagnostics;
  auto engine = Engine::load(paths, diagnostics);
  for (const auto& d : diagnostics) std::cerr << grammar::render(d);
  if (!engine) std::cerr << "argmap: the rule packs have errors (see above); nothing was analyzed\n";
  return engine;
}

std::optional<Analyzed> read_and_analyze(const std::string& path, const CommonOptions& o, int& exit_code) {
  std::string error;
  auto bytes = read_input(path, error);
  if (!bytes) {
    std::cerr << "argmap: " << error << "\n";
    exit_code = input_error;
    return std::nullopt;
  }
  auto engine = load_engine(o);
  if (!engine) {
    exit_code = rules_error;
    return std::nullopt;
  }
  auto result = engine->analyze(*bytes, path, o.analyze_options());
  if (auto* err = std::get_if<AnalyzeError>(&result)) {
    std::cerr << "argmap: " << err->message << "\n";
    exit_code = err->code == "bad_language" ? usage_error : input_error;
    return std::nullopt;
  }
  return Analyzed{std::move(engine), std::get<Document>(std::move(result))};
}

std::optional<int> parse_command_line(const std::string& name, const std::vector<std::string>& args,
                                      const std::string& usage, CommonOptions& common,
                                      std::vector<std::string>& positional, const OwnOption& own) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    bool error = false;
    if (parse_common_option(args, i, common, error) || (own && own(args, i, error))) {
      if (error) return usage_error;
      continue;
    }
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::cout << usage;
      return ok;
    }
    if (a.size() > 1 && a[0] == '-') {
      std::cerr << "argmap " << name << ": unknown option '" << a << "' (see argmap " << name << " --help)\n";
      return usage_error;
    }
    positional.push_back(a);
  }
  return std::nullopt;
}

std::optional<int> parse_single_input(const std::string& name, const std::vector<std::string>& args,
                                      const std::vector<std::string>& formats, const std::string& usage,
                                      SingleInput& out) {
  if (!formats.empty()) out.format = formats.front();
  auto list = [&] {
    std::string all;
    for (std::size_t i = 0; i < formats.size(); ++i)
      all += (i ? (i + 1 == formats.size() ? " or " : ", ") : "") + formats[i];
    return all;
  };
  auto own = [&](const std::vector<std::string>& a, std::size_t& i, bool& error) {
    if (formats.empty()) return false;
    if (a[i] == "--compact") {
      out.compact = true;
      return true;
    }
    if (a[i] != "--format") return false;
    if (i + 1 >= a.size()) {
      std::cerr << "argmap " << name << ": --format needs a value (" << list() << ")\n";
      error = true;
      return true;
    }
    out.format = a[++i];
    if (std::find(formats.begin(), formats.end(), out.format) == formats.end()) {
      std::cerr << "argmap " << name << ": unknown format '" << out.format << "' (expected " << list() << ")\n";
      error = true;
    }
    return true;
  };
  std::vector<std::string> inputs;
  if (auto code = parse_command_line(name, args, usage, out.common, inputs, own)) return code;
  if (inputs.size() > 1) {
    std::cerr << "argmap " << name << ": one input at a time ('" << inputs[0] << "' and '" << inputs[1] << "')\n";
    return usage_error;
  }
  if (!inputs.empty()) out.input = inputs.front();
  return std::nullopt;
}

}  // namespace argmap::cli
