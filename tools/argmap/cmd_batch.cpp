// `argmap batch`: many documents in, one JSON line per document out, in input order.
// Inputs are files, directories (every *.txt below, sorted) or JSON Lines on stdin.
// A reader feeds a bounded window of documents to worker threads, which write the
// results strictly in input order, so the output does not depend on --jobs, and
// memory depends on the window (32 documents per thread, and at most 64 MB of input
// in flight), not on the archive.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

#include "engine/export.hpp"
#include "tools/argmap/batch_record.hpp"
#include "tools/argmap/cli.hpp"

namespace argmap::cli {

namespace {

namespace fs = std::filesystem;

std::atomic<bool> g_interrupted{false};

extern "C" void on_sigint(int) { g_interrupted.store(true); }

// One unit of work as the reader found it; the worker turns it into an output line.
struct Task {
  std::size_t index = 0;
  enum Kind { file, record, read_error } kind = file;
  std::string name;       // file path, or "stdin" for records
  std::string bytes;      // file contents or the JSONL line
  std::size_t line_no = 0;
  std::string error;      // read_error: why
};

// A finished document: its output line and whether it was mapped.
struct Outcome {
  std::string line;
  bool ok = false;
};

Outcome error_line(const std::string& id_json, const std::string& code, const std::string& message) {
  return {"{\"id\":" + id_json + ",\"ok\":false,\"error\":{\"code\":" + json_string(code) +
         ",\"message\":" + json_string(message) + "}}\n", false};
}

std::optional<Date> parse_date(const std::string& iso) {
  Date d;
  d.year = std::stoi(iso.substr(0, 4));
  d.month = std::stoi(iso.substr(5, 2));
  d.day = std::stoi(iso.substr(8, 2));
  return d;
}

struct Settings {
  const Engine* engine = nullptr;
  std::string language;
  bool lenient = false;
  std::optional<Date> date;  // --date: every document's date unless its record gives one
};

// Analyzes one task; never throws (an exception becomes the document's error line).
Outcome run_task(const Task& t, const Settings& s) {
  std::string id = json_string(t.name);
  try {
    if (t.kind == Task::read_error) return error_line(id, "unreadable", t.error);
    std::string_view text = t.bytes;
    AnalyzeOptions options;
    options.language = s.language;
    options.lenient_utf8 = s.lenient;
    options.date = s.date;
    BatchRecord rec;
    if (t.kind == Task::record) {
      auto parsed = parse_batch_record(t.bytes, t.line_no);
      if (auto* err = std::get_if<BatchRecordError>(&parsed)) return error_line(err->id_json, err->code, err->message);
      rec = std::move(std::get<BatchRecord>(parsed));
      id = rec.id_json;
      text = rec.text;
      if (!rec.language.empty()) options.language = rec.language;
      if (rec.date) options.date = parse_date(*rec.date);  // used when the text gives no date
    }
    auto result = s.engine->analyze(text, t.kind == Task::record ? "line " + std::to_string(t.line_no) : t.name,
                                    options);
    if (auto* err = std::get_if<AnalyzeError>(&result)) return error_line(id, err->code, err->message);
    const Document& doc = std::get<Document>(result);
    std::string line = "{\"id\":" + id + ",\"ok\":true,\"map\":";
    append_json(line, doc, -1);
    line += "}\n";
    return {std::move(line), true};
  } catch (const std::bad_alloc&) {
    return error_line(id, "out_of_memory", t.name + ": not enough memory to analyze this document");
  } catch (const std::exception& e) {
    return error_line(id, "internal", t.name + ": " + e.what());
  }
}

// The bounded, ordered pipeline between the reader (the calling thread) and the workers.
// There is no writer thread: the worker that finishes the oldest unwritten document
// writes it and every finished one after it. Hand-offs are what batch pays beyond
// analyze, so each is made rare: a worker is woken only when one is idle, the reader only
// when the window has emptied to half (16 documents per job at a time), and nobody is
// woken per written line (a thread switch per document cost a few per cent of two cores
// with short documents).
class Pipeline {
 public:
  Pipeline(std::size_t jobs, const Settings& settings) : settings_(settings), window_(jobs * 32) {
    slots_.resize(window_);
    progress_ = ::isatty(STDERR_FILENO) == 1;
    start_ = last_report_ = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
  }

  // Called by the reader; blocks while the window is full or too many bytes are in flight.
  // After an interrupt the task is dropped: nothing new starts.
  void submit(Task t) {
    std::unique_lock lock(mu_);
    const std::size_t bytes = t.bytes.size();
    if (!has_room(bytes)) {
      reader_waiting_ = true;
      room_.wait(lock, [&] { return g_interrupted.load() || has_room(bytes); });
      reader_waiting_ = false;
    }
    if (g_interrupted.load()) return;
    t.index = next_index_++;
    in_flight_bytes_ += bytes;
    slots_[t.index % window_] = Slot{};
    slots_[t.index % window_].bytes = bytes;
    queue_.push_back(std::move(t));
    if (idle_workers_ > 0) work_ready_.notify_one();
  }

  // No more input: finish what was started, write it, stop the threads.
  void finish() {
    {
      std::lock_guard lock(mu_);
      closed_ = true;
    }
    work_ready_.notify_all();
    for (auto& w : workers_) w.join();
    std::fflush(stdout);
    if (progress_) {
      report(bytes_done_, std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count());
      std::fputc('\n', stderr);
    }
  }

  std::size_t written() const { return written_; }
  std::size_t failed() const { return failed_; }
  void set_total_bytes(std::optional<std::uint64_t> total) { total_bytes_ = total; }

 private:
  static constexpr std::size_t kByteBudget = 64u << 20;

  struct Slot {
    std::optional<std::string> line;
    bool ok = false;
    std::size_t bytes = 0;
    bool skipped = false;
  };

  // Whether the reader may add a document of `bytes` (called with mu_ held).
  bool has_room(std::size_t bytes) const {
    return next_index_ - written_ < window_ && (in_flight_bytes_ + bytes <= kByteBudget || next_index_ == written_);
  }

  void work() {
    std::unique_lock lock(mu_);
    for (;;) {
      if (queue_.empty()) {
        if (closed_) return;
        ++idle_workers_;
        work_ready_.wait(lock, [&] { return closed_ || !queue_.empty(); });
        --idle_workers_;
        continue;
      }
      Task t = std::move(queue_.front());
      queue_.pop_front();
      Slot& slot = slots_[t.index % window_];
      if (g_interrupted.load()) {
        // Interrupted: documents not yet started are dropped (so are all after them,
        // since tasks start in order); every started one is finished and written.
        slot.skipped = true;
        lock.unlock();
        room_.notify_all();  // a reader waiting for room must see the interrupt
        lock.lock();
        continue;
      }
      lock.unlock();
      Outcome out = run_task(t, settings_);
      t = Task{};  // the input is freed by the thread that used it
      lock.lock();
      slot.line = std::move(out.line);
      slot.ok = out.ok;
      if (!writing_) write_ready(lock);
    }
  }

  // Writes the finished documents at the head of the window, in order, until the head
  // is one still running (or never started). Called with mu_ held and nobody writing;
  // returns with mu_ held. While it writes (without the lock) the other workers go on
  // and leave what they finish for it: it looks again before it stops.
  void write_ready(std::unique_lock<std::mutex>& lock) {
    writing_ = true;
    bool unflushed = false;
    for (;;) {
      batch_.clear();
      while (written_ < next_index_ && slots_[written_ % window_].line) {
        Slot& slot = slots_[written_ % window_];
        batch_.push_back(std::move(*slot.line));
        slot.line.reset();
        in_flight_bytes_ -= slot.bytes;
        bytes_done_ += slot.bytes;
        ++written_;
        if (!slot.ok) ++failed_;
      }
      // Flush when no document is waiting to start: input is slow or over, and a reader
      // downstream should see what is finished; otherwise stdout's buffer fills first.
      const bool flush = queue_.empty();
      if (batch_.empty() && !(unflushed && flush)) break;
      const bool wake_reader =
          reader_waiting_ && (g_interrupted.load() || next_index_ - written_ <= window_ / 2 || next_index_ == written_);
      const std::size_t written = written_;
      const std::uint64_t bytes_done = bytes_done_;
      lock.unlock();
      if (wake_reader) room_.notify_one();
      for (const auto& line : batch_) std::fwrite(line.data(), 1, line.size(), stdout);
      unflushed = unflushed || !batch_.empty();
      if (flush && unflushed) {
        std::fflush(stdout);
        unflushed = false;
      }
      if (progress_) {
        const auto now = std::chrono::steady_clock::now();
        if (now - last_report_ > std::chrono::milliseconds(250)) {
          last_report_ = now;
          report(bytes_done, std::chrono::duration<double>(now - start_).count(), written);
        }
      }
      batch_.clear();  // the lines are freed outside the lock
      lock.lock();
    }
    writing_ = false;
  }

  void report(std::uint64_t bytes, double seconds, std::optional<std::size_t> documents = std::nullopt) const {
    const double mb = bytes / 1e6;
    const double rate = seconds > 0 ? mb / seconds : 0;
    std::string eta = "?";
    if (total_bytes_ && rate > 0) {
      const double left = (*total_bytes_ > bytes ? *total_bytes_ - bytes : 0) / 1e6 / rate;
      eta = std::to_string(static_cast<long>(left + 0.5)) + " s";
    }
    std::fprintf(stderr, "\r\033[Kargmap batch: %zu documents, %.1f MB, %.2f MB/s, ETA %s",
                 documents.value_or(written_), mb, rate, eta.c_str());
    std::fflush(stderr);
  }

  Settings settings_;
  const std::size_t window_;
  std::mutex mu_;
  std::condition_variable room_, work_ready_;
  std::deque<Task> queue_;
  std::vector<Slot> slots_;
  std::size_t next_index_ = 0, written_ = 0, failed_ = 0, idle_workers_ = 0;
  std::uint64_t in_flight_bytes_ = 0, bytes_done_ = 0;
  std::optional<std::uint64_t> total_bytes_;
  bool closed_ = false, reader_waiting_ = false, writing_ = false;
  std::vector<std::string> batch_;  // lines being written; only the writing worker touches it
  bool progress_ = false;
  std::chrono::steady_clock::time_point start_, last_report_;  // only the writing worker
  std::vector<std::thread> workers_;
};

// Reads JSON Lines from a file descriptor, one task per non-blank line.
// Uses read(2) directly so Ctrl-C (EINTR) stops a blocked read.
void read_jsonl(int fd, Pipeline& pipeline) {
  std::string pending;
  std::size_t line_no = 0;
  char buf[1 << 16];
  auto emit = [&](std::string line) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) return;  // blank lines are not documents
    Task t;
    t.kind = Task::record;
    t.name = "stdin";
    t.line_no = line_no;
    t.bytes = std::move(line);
    pipeline.submit(std::move(t));
  };
  while (!g_interrupted.load()) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    std::size_t from = 0;
    for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
      if (buf[i] != '\n') continue;
      pending.append(buf + from, i - from);
      from = i + 1;
      emit(std::move(pending));
      pending.clear();
      if (g_interrupted.load()) return;
    }
    pending.append(buf + from, n - from);
  }
  if (!pending.empty() && !g_interrupted.load()) emit(std::move(pending));
}

void submit_file(const std::string& path, Pipeline& pipeline) {
  Task t;
  t.name = path;
  std::string error;
  if (auto bytes = read_input(path, error)) {
    t.bytes = std::move(*bytes);
  } else {
    t.kind = Task::read_error;
    t.error = error;
  }
  pipeline.submit(std::move(t));
}

// Every *.txt below `dir`, depth first, each directory's entries sorted by name,
// so the order is the same on every machine and only one directory is held at a time.
void walk(const fs::path& dir, Pipeline& pipeline) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) {
    Task t;
    t.kind = Task::read_error;
    t.name = dir.string();
    t.error = dir.string() + ": cannot read directory: " + ec.message();
    pipeline.submit(std::move(t));
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& e : entries) {
    if (g_interrupted.load()) return;
    std::error_code type_ec;
    if (e.is_directory(type_ec)) {
      walk(e.path(), pipeline);
    } else if (e.path().extension() == ".txt") {
      submit_file(e.path().string(), pipeline);  // unreadable files are reported, not skipped
    }
  }
}

constexpr const char* kUsage =
    "usage: argmap batch [--jobs N] [--lang L] [--date YYYY-MM-DD] [--lenient] [--rules DIR] [PATH...|-]\n"
    "  PATH: a file, or a directory (every *.txt below it, sorted); '-' or none: JSON Lines on stdin,\n"
    "  one document per line: {\"id\": ..., \"text\": ..., \"lang\"?: ..., \"date\"?: \"YYYY-MM-DD\"}\n"
    "  --date: the publication date of every document whose record gives none (a date in the text wins)\n"
    "  output: one JSON line per document, in input order:\n"
    "    {\"id\":...,\"ok\":true,\"map\":{argmap/1}} or {\"id\":...,\"ok\":false,\"error\":{\"code\":...,\"message\":...}}\n"
    "  exit: 0 every document mapped; 1 some failed; 2 bad command line; 3 rules failed; 130 interrupted\n";

}  // namespace

int cmd_batch(const std::vector<std::string>& args) {
  CommonOptions common;
  std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  std::vector<std::string> inputs;
  auto own = [&](const std::vector<std::string>& a, std::size_t& i, bool& error) {
    if (a[i] != "--jobs" && a[i] != "-j") return false;
    const std::string v = i + 1 < a.size() ? a[++i] : "";
    char* end = nullptr;
    const long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || n < 1 || n > 1024) {
      std::cerr << "argmap batch: --jobs needs a number from 1 to 1024\n";
      error = true;
    } else {
      jobs = static_cast<std::size_t>(n);
    }
    return true;
  };
  if (auto code = parse_command_line("batch", args, kUsage, common, inputs, own)) return *code;
  if (inputs.empty()) inputs.push_back("-");
  if (std::count(inputs.begin(), inputs.end(), "-") > 1) {
    std::cerr << "argmap batch: stdin ('-') can be read only once\n";
    return usage_error;
  }
  if (!common.language.empty() && common.language != "zh-Hant" && common.language != "zh-Hans" &&
      common.language != "en") {
    std::cerr << "argmap batch: unknown language '" << common.language << "' (expected zh-Hant, zh-Hans or en)\n";
    return usage_error;
  }
  auto engine = load_engine(common);
  if (!engine) return rules_error;

  // Total input size for the ETA, when it is known without reading: plain files and a stdin file.
  std::optional<std::uint64_t> total = 0;
  for (const auto& in : inputs) {
    struct stat st {};
    const int rc = in == "-" ? ::fstat(STDIN_FILENO, &st) : ::stat(in.c_str(), &st);
    if (rc == 0 && S_ISREG(st.st_mode)) *total += static_cast<std::uint64_t>(st.st_size);
    else if (rc == 0) total.reset();
    if (!total) break;
  }

  struct sigaction sa {};
  sa.sa_handler = on_sigint;
  sa.sa_flags = SA_RESETHAND;  // a second Ctrl-C kills at once
  sigemptyset(&sa.sa_mask);
  struct sigaction old_int {}, old_term {};
  ::sigaction(SIGINT, &sa, &old_int);
  ::sigaction(SIGTERM, &sa, &old_term);

  std::ios::sync_with_stdio(false);
  static char out_buffer[1 << 16];
  std::setvbuf(stdout, out_buffer, _IOFBF, sizeof out_buffer);

  Settings settings{engine.get(), common.language, common.lenient, common.date};
  Pipeline pipeline(jobs, settings);
  pipeline.set_total_bytes(total);
  for (const auto& in : inputs) {
    if (g_interrupted.load()) break;
    std::error_code ec;
    if (in == "-") {
      read_jsonl(STDIN_FILENO, pipeline);
    } else if (fs::is_directory(in, ec)) {
      walk(in, pipeline);
    } else {
      submit_file(in, pipeline);
    }
  }
  pipeline.finish();
  ::sigaction(SIGINT, &old_int, nullptr);
  ::sigaction(SIGTERM, &old_term, nullptr);
  if (g_interrupted.load()) {
    std::cerr << "argmap batch: interrupted; " << pipeline.written() << " documents written\n";
    return 130;
  }
  return pipeline.failed() ? input_error : ok;
}

}  // namespace argmap::cli
