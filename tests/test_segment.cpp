// segment(): paragraphs, sentences (ICU + our fixups), tokens and their flags;
// the seed article; robustness; a deterministic property test of the span invariants.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "engine/segment.hpp"
#include "engine/text_input.hpp"

using namespace argmap;

namespace {

Document seg(std::string_view utf8, std::string language = "zh-Hant") {
  Document doc;
  auto decoded = decode_utf8(utf8);
  REQUIRE(std::holds_alternative<std::u32string>(decoded));
  doc.text = std::get<std::u32string>(decoded);
  doc.language = std::move(language);
  segment(doc);
  return doc;
}

std::vector<std::string> sentences(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sentences) out.push_back(encode_utf8(doc.slice(s.span)));
  return out;
}

std::vector<std::string> paragraphs(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& p : doc.paragraphs) out.push_back(encode_utf8(doc.slice(p.span)));
  return out;
}

using Strings = std::vector<std::string>;

const Token* find_token(const Document& doc, std::string_view text) {
  for (const auto& t : doc.tokens)
    if (encode_utf8(doc.slice(t.span)) == text) return &t;
  return nullptr;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool is_ws(char32_t c) {
  // White_Space, written out independently of the engine's own test.
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// The span invariants every segmentation must satisfy; `input` is the UTF-8 the
// document was decoded from.
void check_invariants(const Document& doc, const std::string& input) {
  // Byte offset of every code point of the input, found by walking lead bytes.
  std::vector<std::size_t> at;
  std::size_t i = input.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  for (; i < input.size(); ++i)
    if ((static_cast<unsigned char>(input[i]) & 0xC0) != 0x80) at.push_back(i);
  at.push_back(input.size());
  REQUIRE(at.size() == doc.text.size() + 1);
  auto same_as_input = [&](Span s) {
    return encode_utf8(doc.slice(s)) == input.substr(at[s.start], at[s.end] - at[s.start]);
  };

  Offset prev_end = 0;
  for (const auto& p : doc.paragraphs) {
    REQUIRE(p.span.start < p.span.end);
    REQUIRE(p.span.start >= prev_end);
    REQUIRE(p.span.end <= doc.text.size());
    REQUIRE_FALSE(is_ws(doc.text[p.span.start]));
    REQUIRE_FALSE(is_ws(doc.text[p.span.end - 1]));
    // A line is a paragraph, unless the text is hard-wrapped (engine/paragraphs.hpp).
    for (Offset k = p.span.start; k < p.span.end && doc.wrap_width == 0; ++k) {
      const char32_t c = doc.text[k];
      REQUIRE((c != '\n' && c != '\r' && c != 0x2028 && c != 0x2029));
    }
    REQUIRE(same_as_input(p.span));
    prev_end = p.span.end;
  }

  std::vector<bool> covered(doc.text.size(), false);
  prev_end = 0;
  std::uint32_t prev_para = 0, next_token = 0;
  for (const auto& s : doc.sentences) {
    REQUIRE(s.span.start < s.span.end);
    REQUIRE(s.span.start >= prev_end);
    REQUIRE(s.paragraph < doc.paragraphs.size());
    REQUIRE(s.paragraph >= prev_para);
    const Span p = doc.paragraphs[s.paragraph].span;
    REQUIRE(p.start <= s.span.start);
    REQUIRE(s.span.end <= p.end);
    REQUIRE_FALSE(is_ws(doc.text[s.span.start]));
    REQUIRE_FALSE(is_ws(doc.text[s.span.end - 1]));
    REQUIRE(same_as_input(s.span));
    REQUIRE(s.first_token == next_token);
    REQUIRE(s.first_token <= s.end_token);
    Offset tok_end = s.span.start;
    for (std::uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& tok = doc.tokens.at(t);
      REQUIRE(tok.span.start < tok.span.end);
      REQUIRE(tok.span.start >= tok_end);
      REQUIRE(tok.span.end <= s.span.end);
      REQUIRE(doc.norm(tok).size() == tok.span.end - tok.span.start);
      REQUIRE(same_as_input(tok.span));
      tok_end = tok.span.end;
    }
    for (Offset k = s.span.start; k < s.span.end; ++k) covered[k] = true;
    next_token = s.end_token;
    prev_end = s.span.end;
    prev_para = s.paragraph;
  }
  REQUIRE(next_token == doc.tokens.size());
  for (std::size_t k = 0; k < doc.text.size(); ++k)
    if (!is_ws(doc.text[k])) REQUIRE(covered[k]);
}

}  // namespace

// ---------------------------------------------------------------- paragraphs

TEST_CASE("paragraphs are the non-blank lines, trimmed, for every line break", "[segment]") {
  const auto doc = seg("  第一段。\r\n\r\n第二段\u3000\n\u00A0\n第三段\r第四段\u2028第五\u2029 第六 ");
  CHECK(paragraphs(doc) == Strings{"第一段。", "第二段", "第三段", "第四段", "第五", "第六"});
}

TEST_CASE("blank and empty documents have no paragraphs", "[segment]") {
  CHECK(seg("").paragraphs.empty());
  CHECK(seg(" \n\u3000\r\n\t\u00A0\n").sentences.empty());
  CHECK(seg("\n\n\n").tokens.empty());
}

// ---------------------------------------------------------------- sentences: ICU + fixups

TEST_CASE("closing quotes and brackets after a sentence end stay with it", "[segment]") {
  CHECK(sentences(seg("他說：「我們會贏。」然後離開了。")) == Strings{"他說：「我們會贏。」", "然後離開了。"});
  CHECK(sentences(seg("（他笑了！）大家都笑。")) == Strings{"（他笑了！）", "大家都笑。"});
  CHECK(sentences(seg("“好嗎？”他問。")) == Strings{"“好嗎？”", "他問。"});
  CHECK(sentences(seg("She said \"Go.\" Then he left.", "en")) == Strings{"She said \"Go.\"", "Then he left."});
}

TEST_CASE("an opening quote after a sentence end starts the next sentence", "[segment]") {
  // ICU would leave the opener at the end of the first sentence.
  CHECK(sentences(seg("他說完了。「好。」他走了。")) == Strings{"他說完了。", "「好。」", "他走了。"});
  CHECK(sentences(seg("他說完了。“好。”")) == Strings{"他說完了。", "“好。”"});
}

TEST_CASE("no sentence break inside a bracket or quote pair", "[segment]") {
  CHECK(sentences(seg("俄羅斯總統普京（Vlamidir Putin，又譯普丁或蒲亭）與特使會談。下一句。")) ==
        Strings{"俄羅斯總統普京（Vlamidir Putin，又譯普丁或蒲亭）與特使會談。", "下一句。"});
  // An English sentence end inside a Latin parenthetical inside Chinese.
  CHECK(sentences(seg("他提到（見 Smith et al. 2020. The End.）這件事。下一句。")) ==
        Strings{"他提到（見 Smith et al. 2020. The End.）這件事。", "下一句。"});
  CHECK(sentences(seg("The senator (who spoke first. Then left.) agreed. Next one.", "en")) ==
        Strings{"The senator (who spoke first. Then left.) agreed.", "Next one."});
  // A bracket that stands as its own sentence keeps its sentence end.
  CHECK(sentences(seg("他說。（他笑了！）大家都笑。")) == Strings{"他說。", "（他笑了！）", "大家都笑。"});
  // A quotation of several sentences is one sentence with its attribution.
  CHECK(sentences(seg("他說：「我們會來。我們會贏。」")) == Strings{"他說：「我們會來。我們會贏。」"});
}

TEST_CASE("an unclosed bracket protects to the paragraph end only", "[segment]") {
  CHECK(sentences(seg("甲（乙。丙。丁。\n戊。己。")) == Strings{"甲（乙。丙。丁。", "戊。", "己。"});
  CHECK(sentences(seg("甲。乙（丙）。丁。")) == Strings{"甲。", "乙（丙）。", "丁。"});
  // A stray closer opens nothing.
  CHECK(sentences(seg("甲）。乙。")) == Strings{"甲）。", "乙。"});
}

TEST_CASE("deep bracket nesting is linear and correct", "[segment]") {
  std::string open, close;
  for (int i = 0; i < 10000; ++i) open += "（", close += "）";
  const auto closed = seg(open + "甲。乙。" + close + "丙。");
  REQUIRE(closed.sentences.size() == 2);
  CHECK(encode_utf8(closed.slice(closed.sentences[1].span)) == "丙。");
  const auto unclosed = seg(open + "甲。乙。丙。");
  CHECK(unclosed.sentences.size() == 1);
}

TEST_CASE("a bracketed credit ending a paragraph is its own sentence", "[segment]") {
  CHECK(sentences(seg("美國表示樂觀。(Reuters)")) == Strings{"美國表示樂觀。", "(Reuters)"});
  CHECK(sentences(seg("才能最終敲定。（Reuters）")) == Strings{"才能最終敲定。", "（Reuters）"});
  CHECK(sentences(seg("他說。（美聯社）")) == Strings{"他說。", "（美聯社）"});
  CHECK(sentences(seg("The talks ended. (AP)", "en")) == Strings{"The talks ended.", "(AP)"});
  // ICU keeps `.(r` together (lower case follows); the credit shape splits it.
  CHECK(sentences(seg("The deal was signed.(reuters)", "en")) == Strings{"The deal was signed.", "(reuters)"});
  CHECK(sentences(seg("(Reuters)")) == Strings{"(Reuters)"});
}

TEST_CASE("what is not a credit stays in its sentence", "[segment]") {
  // Not after a sentence end.
  CHECK(sentences(seg("他說（美聯社）")) == Strings{"他說（美聯社）"});
  // Longer than 30 characters inside.
  CHECK(sentences(seg("The deal was signed.(the rest of the text runs on longer than thirty)", "en")) ==
        Strings{"The deal was signed.(the rest of the text runs on longer than thirty)"});
}

TEST_CASE("initials, abbreviations and decimals do not end English sentences", "[segment]") {
  CHECK(sentences(seg("J. K. Rowling wrote it. She is British.", "en")) ==
        Strings{"J. K. Rowling wrote it.", "She is British."});
  CHECK(sentences(seg("Mr. Smith went to Washington. He left.", "en")) ==
        Strings{"Mr. Smith went to Washington.", "He left."});
  // A no-break space after the abbreviation, as web text often has it (ICU broke after
  // `Mr.` here, after a quote, until the no-break space was read as a space).
  CHECK(sentences(seg("\"These are not corporate landlords,\" Mr.\u00A0Ferris said. He left.", "en")) ==
        Strings{"\"These are not corporate landlords,\" Mr.\u00A0Ferris said.", "He left."});
  CHECK(sentences(seg("The U.S. Senate voted. It passed.", "en")) == Strings{"The U.S. Senate voted.", "It passed."});
  CHECK(sentences(seg("It rose 3.5 percent. Then it fell.", "en")) == Strings{"It rose 3.5 percent.", "Then it fell."});
  CHECK(sentences(seg("英國作家J. K. Rowling寫了書。她很有名。")) == Strings{"英國作家J. K. Rowling寫了書。", "她很有名。"});
}

TEST_CASE("a leading key and ISO date is a metadata sentence", "[segment]") {
  const auto doc = seg(" date 2025-12-03 當地時間2日晚，會談。結束。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(sentences(doc) == Strings{"date 2025-12-03", "當地時間2日晚，會談。", "結束。"});
  CHECK(doc.sentences[0].metadata);
  CHECK_FALSE(doc.sentences[1].metadata);
  CHECK(doc.sentences[0].paragraph == doc.sentences[1].paragraph);

  const auto en = seg("Date: 2025-12-03\nThe talks began.", "en");
  CHECK(sentences(en) == Strings{"Date: 2025-12-03", "The talks began."});
  CHECK(en.sentences[0].metadata);
}

TEST_CASE("a key and date elsewhere, or not a date, is not metadata", "[segment]") {
  const auto later = seg("會談。date 2025-12-03 結束。");
  for (const auto& s : later.sentences) CHECK_FALSE(s.metadata);
  const auto bad_month = seg("date 2025-13-03 會談。");
  CHECK(sentences(bad_month) == Strings{"date 2025-13-03 會談。"});
  CHECK_FALSE(bad_month.sentences[0].metadata);
  const auto longer = seg("date 2025-12-031 會談。");
  CHECK_FALSE(longer.sentences[0].metadata);
}

// ---------------------------------------------------------------- tokens

TEST_CASE("a typeset apostrophe after a Latin letter is classed as the ASCII one", "[segment]") {
  const auto plain = seg("the Workers' Union"), typeset = seg("the Workers\u2019 Union"), zh = seg("叫‘好’的");
  REQUIRE(find_token(plain, "'"));
  REQUIRE(find_token(typeset, "\u2019"));
  CHECK(find_token(plain, "'")->flags == (tok_punct | tok_clause_punct));
  CHECK(find_token(typeset, "\u2019")->flags == (tok_punct | tok_clause_punct));
  REQUIRE(find_token(zh, "\u2019"));  // after Han it is the closing quote
  CHECK(find_token(zh, "\u2019")->flags == (tok_punct | tok_close | tok_clause_punct));
}

TEST_CASE("tokens carry flags from Unicode properties", "[segment]") {
  const auto doc = seg("普京（Vlamidir Putin，又譯）說「增長3.5%」、“好”—1,000 😀 國際");
  const Token* name = find_token(doc, "Vlamidir");
  REQUIRE(name);
  CHECK(name->flags == (tok_latin | tok_cap));
  CHECK(doc.norm(*name) == U"vlamidir");
  const Token* open = find_token(doc, "（");
  REQUIRE(open);
  CHECK(open->flags == (tok_punct | tok_open));
  const Token* close = find_token(doc, "）");
  REQUIRE(close);
  CHECK(close->flags == (tok_punct | tok_close));
  const Token* comma = find_token(doc, "，");
  REQUIRE(comma);
  CHECK(comma->flags == (tok_punct | tok_clause_punct));
  CHECK(find_token(doc, "「")->flags == (tok_punct | tok_open));
  CHECK(find_token(doc, "」")->flags == (tok_punct | tok_close));
  CHECK(find_token(doc, "“")->flags == (tok_punct | tok_open));
  // A closing quote also ends a clause, as a straight " does: "...," she said.
  CHECK(find_token(doc, "”")->flags == (tok_punct | tok_close | tok_clause_punct));
  CHECK(find_token(doc, "、")->flags == (tok_punct | tok_clause_punct));
  CHECK(find_token(doc, "—")->flags == (tok_punct | tok_clause_punct));
  const Token* num = find_token(doc, "3.5");
  REQUIRE(num);
  CHECK(num->flags == tok_num);
  REQUIRE(find_token(doc, "1,000"));
  CHECK(find_token(doc, "1,000")->flags == tok_num);
  REQUIRE(find_token(doc, "😀"));
  CHECK(find_token(doc, "😀")->flags == tok_punct);
  // Han characters are one token each (rules match words across them), folded to Simplified.
  const Token* han = find_token(doc, "國");
  REQUIRE(han);
  CHECK(han->flags == tok_cjk);
  CHECK(doc.norm(*han) == U"国");
  CHECK_FALSE(find_token(doc, "國際"));
  REQUIRE(find_token(doc, "%"));
  CHECK(find_token(doc, "%")->flags == (tok_punct | tok_clause_punct));
}

TEST_CASE("lower-case Latin tokens are not capitalised; whitespace makes no token", "[segment]") {
  const auto doc = seg("the iPhone  \u3000 was sold", "en");
  REQUIRE(find_token(doc, "iPhone"));
  CHECK(find_token(doc, "iPhone")->flags == tok_latin);
  for (const auto& t : doc.tokens) CHECK_FALSE(encode_utf8(doc.slice(t.span)).find(' ') != std::string::npos);
  CHECK(doc.tokens.size() == 4);
}

// ---------------------------------------------------------------- the seed article

TEST_CASE("the seed article segments as read by hand", "[segment][seed]") {
  const std::string input = read_file(ARGMAP_SHARED_DIR "/seeds/000_d7b56514e8d183d3.txt");
  REQUIRE_FALSE(input.empty());
  const auto doc = seg(input, "zh-Hant");
  check_invariants(doc, input);
  const auto s = sentences(doc);
  REQUIRE(s.size() > 10);
  CHECK(s[0] == "date 2025-12-03");
  CHECK(doc.sentences[0].metadata);
  for (std::size_t i = 1; i < s.size(); ++i) CHECK_FALSE(doc.sentences[i].metadata);
  // The rest of the first line is one sentence: brackets and quotes inside protect it.
  CHECK(s[1] ==
        "當地時間2日晚，俄羅斯總統普京（Vlamidir Putin，又譯普丁或蒲亭）與美國總統特使威特科夫（Steve Witkoff）"
        "以及特朗普的女婿庫什納（Jared Kushner）就俄烏「和平計劃」在克里姆林宮舉行會談，俄總統助理烏沙科夫（Yuri "
        "Ushakov）和俄羅斯直接投資基金總裁德米特裡耶夫（Kirill Dmitriev）參加會晤。");
  CHECK(s[2] == "會談持續近五小時。");
  CHECK(s[3] == "會談結束後，俄羅斯總統助理烏沙科夫表示，本次會談富有建設性、非常有益且內容充實。");
  auto has = [&](const std::string& x) { return std::find(s.begin(), s.end(), x) != s.end(); };
  CHECK(has("(Reuters)"));
  CHECK(has("（Reuters）"));
  CHECK(has("烏方談判代表的表態則是具有「建設性」。"));
  CHECK(has("歐洲態度很堅決。"));
  CHECK(has("且以歐洲去「綁架」美國能有效嗎？"));
  CHECK(has("美國國務卿魯比奧（Marco Rubio）11月23日表示，美烏代表團就美國提出的28點和平計畫進行的會談取得「實質性進展」，"
            "並對俄烏達成和平協議表示樂觀。"));
  // Credits sit alone: the sentence after each one starts a new paragraph.
  for (std::size_t i = 0; i + 1 < s.size(); ++i)
    if (s[i] == "(Reuters)" || s[i] == "（Reuters）")
      CHECK(doc.sentences[i + 1].paragraph == doc.sentences[i].paragraph + 1);
}

// ---------------------------------------------------------------- robustness

TEST_CASE("odd texts segment without throwing", "[segment]") {
  const std::string nul("a\0b. c\0", 7);
  for (const std::string& input :
       {std::string(""), std::string("   "), nul, std::string("👨‍👩‍👧 家庭。😀!🇹🇼"),
        std::string("مرحبا بالعالم. كيف حالك؟ שלום."), std::string("e\u0301\u0301 \u0301x."),
        std::string("\uFEFF\uFEFF"), std::string("(((((("), std::string("))))。"), std::string("\r\r\n\n\r")}) {
    for (const char* lang : {"zh-Hant", "en", ""}) {
      Document doc;
      doc.text = std::get<std::u32string>(decode_utf8(input));
      doc.language = lang;
      REQUIRE_NOTHROW(segment(doc));
      check_invariants(doc, input);
    }
  }
  const auto withnul = seg(nul, "en");
  CHECK(withnul.paragraphs.size() == 1);
}

TEST_CASE("segment accepts code points that are not scalar values", "[segment]") {
  Document doc;
  doc.text = std::u32string(U"a") + char32_t(0xD800) + U"b。" + char32_t(0x110000) + U"c";
  REQUIRE_NOTHROW(segment(doc));
  REQUIRE(doc.sentences.size() >= 1);
  CHECK(doc.sentences.back().span.end == doc.text.size());
}

TEST_CASE("many tiny paragraphs and one long line", "[segment][slow]") {
  std::string many;
  for (int i = 0; i < 200000; ++i) many += "a\n";
  const auto a = seg(many, "en");
  CHECK(a.paragraphs.size() == 200000);
  CHECK(a.sentences.size() == 200000);
  CHECK(a.tokens.size() == 200000);

  std::string line;
  for (int i = 0; i < 20000; ++i) line += "會談持續近五小時，俄美商定不公開會談實質。Talks went on. ";
  const auto b = seg(line);
  CHECK(b.paragraphs.size() == 1);
  CHECK(b.sentences.size() == 40000);
}

// ---------------------------------------------------------------- property test

TEST_CASE("random documents keep every span invariant", "[segment][property]") {
  const std::vector<std::string> pieces = {
      "中文字", "俄羅斯總統普京", "会谈", "Hello", " world", "Mr.", "U.S.", "J. ", "。", "！", "？", ".", "!", "?",
      "\r\n", "\r", "\n", "\n\n", "\u2028", "\u2029", "👨‍👩‍👧", "👍🏽", "🇹🇼", "e\u0301", "\u0301", "，", "：",
      "（", "）", "(", ")", "「", "」", "『", "』", "“", "”", "\"", "'", "\u3000", " ", "\t", "\u00A0", "3.5",
      "1,000", "2025-12-03", "date 2025-12-03 ", "(Reuters)", "（美聯社）", std::string("\0", 1), "مرحبا",
      "\uFEFF", "ＡＢＣ", "\u200B", "\u0085", "…", "—"};
  std::mt19937 rng(20251203);
  std::uniform_int_distribution<int> length(0, 60);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  for (int n = 0; n < 400; ++n) {
    std::string input;
    const int len = length(rng);
    for (int k = 0; k < len; ++k) input += pieces[pick(rng)];
    Document doc;
    auto decoded = decode_utf8(input);
    REQUIRE(std::holds_alternative<std::u32string>(decoded));
    doc.text = std::get<std::u32string>(decoded);
    doc.language = n % 3 == 0 ? "en" : (n % 3 == 1 ? "zh-Hant" : "zh-Hans");
    INFO("document " << n << ": " << input);
    REQUIRE_NOTHROW(segment(doc));
    check_invariants(doc, input);
  }
}

TEST_CASE("an abbreviation that starts a sentence does not end it", "[segment]") {
  CHECK(sentences(seg("It rose last year. Dr. Maria Lindqvist said so. Mr. Osei agreed.", "en")) ==
        Strings{"It rose last year.", "Dr. Maria Lindqvist said so.", "Mr. Osei agreed."});
  // One-word sentences with a vowel are sentences.
  CHECK(sentences(seg("Prices rose. Yes. No. Go.", "en")) == Strings{"Prices rose.", "Yes.", "No.", "Go."});
}

TEST_CASE("an abbreviation after a comma or a lower-case word does not end a sentence", "[segment]") {
  CHECK(sentences(seg("Its chief executive, Dr. Ana Lima, said the plan works. The board agreed.", "en")) ==
        Strings{"Its chief executive, Dr. Ana Lima, said the plan works.", "The board agreed."});
  CHECK(sentences(seg("The data were checked by Dr. Lena Varga last week. She agreed.", "en")) ==
        Strings{"The data were checked by Dr. Lena Varga last week.", "She agreed."});
  // An abbreviated month before its day (ICU ends a sentence after `Oct.` when the day
  // closes the sentence); a sentence does not open with a numeral, so the break goes.
  // A full word before a number keeps its break when a capital follows the number.
  CHECK(sentences(seg("The council voted on Oct. 8. Oct. 9 was quiet. It rose in May. Prices fell.", "en")) ==
        Strings{"The council voted on Oct. 8.", "Oct. 9 was quiet.", "It rose in May.", "Prices fell."});
  CHECK(sentences(seg("The form is No. 5 on the list. It was signed in Sept. 2024.", "en")) ==
        Strings{"The form is No. 5 on the list.", "It was signed in Sept. 2024."});
  // After a capitalised word the abbreviation may end the sentence (a street name).
  CHECK(sentences(seg("She lives on Elm St. The house is old.", "en")) ==
        Strings{"She lives on Elm St.", "The house is old."});
  // Unless that word opens the sentence: `But Dr.` is no sentence.
  CHECK(sentences(seg("Costs rose. But Dr. Jonas Ekdahl found otherwise. And Mr. Osei agreed.", "en")) ==
        Strings{"Costs rose.", "But Dr. Jonas Ekdahl found otherwise.", "And Mr. Osei agreed."});
  CHECK(sentences(seg("Turn left at Main St. Walk on.", "en")) == Strings{"Turn left at Main St.", "Walk on."});
}

TEST_CASE("a full stop after a lower-case word ends a sentence even where ICU's list held it", "[segment]") {
  // ICU's English abbreviation list keeps `app.` from ending a sentence.
  CHECK(sentences(seg("Drivers use an app. The rules take effect on Monday.", "en")) ==
        Strings{"Drivers use an app.", "The rules take effect on Monday."});
  // Lower-case abbreviations that take a capital after them: no vowel (vs.), or inner
  // full stops (p.m. and e.g. end a sentence only where ICU says so).
  CHECK(sentences(seg("Smith vs. Jones went to court.", "en")) == Strings{"Smith vs. Jones went to court."});
  CHECK(sentences(seg("The U.S. Senate voted.", "en")) == Strings{"The U.S. Senate voted."});
  // Inside a quotation the break is still kept out.
  CHECK(sentences(seg("He said \"use the app. Then go.\" and left.", "en")) ==
        Strings{"He said \"use the app. Then go.\" and left."});
}
