// The shipped zh pack's argument cues (rules/zh/argument.rules) on small texts, in both
// scripts.
#include <catch2/catch.hpp>

#include "tests/shipped.hpp"

using namespace argmap;

namespace {

Document run(const std::string& text) { return testing::analyze_shipped(text); }

using testing::fired;

}  // namespace

TEST_CASE("zh argument: granting a point before turning against it is a concession", "[rules][zh]") {
  const auto doc = run("這些擔憂不無道理，但它們指向的是執行的細節。這些担忧不无道理，但它们指向的是细节。這些擔憂不無道理。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.relation.grant"));
  CHECK(fired(doc, 1, "zh.relation.grant"));        // the Traditional pack on Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.relation.grant"));  // granted and left standing: no turn
}

TEST_CASE("zh argument: a measure granted by name and then corrected is a position, not a concession", "[rules][zh]") {
  const auto doc = run(
      "他的擔心可以理解，但問題不在預算。"
      "收取清潔費無可厚非，但收費標準應當公開。"
      "限制夜市營業时间无可厚非，但配套应当跟上。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.relation.grant"));  // someone's point, named by a pronoun
  // The measure itself granted: the turn states the author's position on it.
  CHECK_FALSE(fired(doc, 1, "zh.relation.grant"));
  CHECK(fired(doc, 1, "zh.thesis.concessive"));
  CHECK_FALSE(fired(doc, 2, "zh.relation.grant"));  // Simplified text
  CHECK(fired(doc, 2, "zh.thesis.concessive"));
}

TEST_CASE("zh argument: the author's first-person position is a thesis cue", "[rules][zh]") {
  const auto doc = run("筆者認為，這項政策弊大於利。在我看來，補貼來得太晚。笔者认为，改革方向是对的。部長認為，補貼有效。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(fired(doc, 0, "zh.thesis.position"));
  CHECK(fired(doc, 1, "zh.thesis.position"));
  CHECK(fired(doc, 2, "zh.thesis.position"));        // Simplified text
  CHECK_FALSE(fired(doc, 3, "zh.thesis.position"));  // a minister's view is reported, not the author's position
}

TEST_CASE("zh argument: the author's own view or answer, announced with a colon, is a position", "[rules][zh]") {
  const auto doc = run("我的看法很簡單：這筆補助該停。我的答案是：应该保留。我的看法改變了不少。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.position"));
  CHECK(fired(doc, 1, "zh.thesis.position"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.position"));  // the view talked about, not stated
}

TEST_CASE("zh argument: a set phrase of judgement is a verdict", "[rules][zh]") {
  const auto doc = run("把四成預算押在一場賽事上，是本末倒置的決定。只靠調漲基本工资，终究是治标不治本。預算共有四成用於賽事。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.verdict"));
  CHECK(fired(doc, 1, "zh.thesis.verdict"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.verdict"));  // the same facts, not judged
}

TEST_CASE("zh argument: a model that has run its course, a cure only of symptoms, is a verdict", "[rules][zh]") {
  const auto doc = run("這種追著病例跑的模式已經走到盡頭。再多的緊急動員也只是治標。这种补贴模式已经难以为继。疫情在十月退去。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(fired(doc, 0, "zh.thesis.verdict"));
  CHECK(fired(doc, 1, "zh.thesis.verdict"));
  CHECK(fired(doc, 2, "zh.thesis.verdict"));        // Simplified text
  CHECK_FALSE(fired(doc, 3, "zh.thesis.verdict"));  // an event, no judgement
}

TEST_CASE("zh argument: 不應X而應Y corrects a course; 弄反了 judges it", "[rules][zh]") {
  const auto doc = run("政府不應以禁令逼機車退場，而應先讓人有得選。这份草案恐怕是把顺序弄反了。政府應先補齊公車路網。機車不應超速。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(fired(doc, 0, "zh.thesis.correction"));
  CHECK(fired(doc, 0, "zh.thesis.normative"));
  CHECK(fired(doc, 1, "zh.thesis.verdict"));          // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.correction"));   // a recommendation, nothing corrected
  CHECK_FALSE(fired(doc, 3, "zh.thesis.correction"));   // should not, with no course instead
  CHECK(fired(doc, 3, "zh.thesis.normative"));
}

TEST_CASE("zh argument: no amount of the usual remedy will do (再多的X也…) corrects a view", "[rules][zh]") {
  const auto doc = run("若不從工時下手，再多的醫學系名額也填不滿急診室。沉浸式教学再怎么扩大，也留不住这个语言。醫學系名額再增加一百個。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.contrast"));
  CHECK(fired(doc, 1, "zh.thesis.contrast"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.contrast"));  // an increase reported, nothing corrected
}

TEST_CASE("zh argument: 不能再X而要Y and 已不是單純的X correct a view; 應儘速 recommends", "[rules][zh]") {
  const auto doc = run(
      "县城影院恐怕不能再指望多建银幕，而要转向经营公共文化空间。"
      "外送平台的抽成已不是單純的商業議題，主管機關應儘速要求費率透明。"
      "這家影院已不是第一次停業。"
      "民眾的反應相當熱烈。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(fired(doc, 0, "zh.thesis.correction"));       // Simplified text
  CHECK(fired(doc, 1, "zh.thesis.contrast"));
  CHECK(fired(doc, 1, "zh.thesis.normative"));
  CHECK_FALSE(fired(doc, 2, "zh.thesis.contrast"));   // no longer the first time: a count
  CHECK_FALSE(fired(doc, 3, "zh.thesis.normative"));  // 反應: no recommendation
}

TEST_CASE("zh argument: granting a measure its direction, then turning, is a concessive thesis", "[rules][zh]") {
  const auto doc = run("補貼退場，方向大致正確；但產業結構的缺口仍在。给作业设上限，方向无疑是对的；但规定能走多远仍是问题。補貼退場的方向正確。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.concessive"));
  CHECK(fired(doc, 1, "zh.thesis.concessive"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.concessive"));  // granted, no turn
}

TEST_CASE("zh argument: granting a point without turning yet answers the words before it", "[rules][zh]") {
  const auto doc = run("地方政府的熱情可以理解。这个理由有一定道理。這些擔憂不無道理，但它們指向的是細節。政府可以理解為何延後。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(fired(doc, 0, "zh.relation.grant_point"));
  CHECK(fired(doc, 1, "zh.relation.grant_point"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.relation.grant_point"));  // it turns at once: zh.relation.grant's case
  CHECK_FALSE(fired(doc, 3, "zh.relation.grant_point"));  // 可以理解 with an object: understanding, no grant
}

TEST_CASE("zh argument: granting that the measure itself is no problem, then the real issue, is a concessive thesis", "[rules][zh]") {
  const auto doc = run(
      "預約制本身不是問題，真正決定成敗的，是縣府願不願意留一條路。"
      "委外本身并不是问题，问题是契约只盯着权利金。"
      "預約制本身不是問題。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.concessive"));
  CHECK(fired(doc, 1, "zh.thesis.concessive"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.concessive"));  // granted, no turn
}

TEST_CASE("zh argument: the surface named and corrected in one sentence is a thesis contrast, not a concession", "[rules][zh]") {
  const auto doc = run(
      "表面上看，流標是價格談不攏，但卡住標案的其實是補助規則。"
      "表面上看，这是价格问题，实际上是规则的落差。"
      "表面上看，市場一片繁榮。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.contrast"));
  CHECK_FALSE(fired(doc, 0, "zh.relation.concede"));
  CHECK(fired(doc, 1, "zh.thesis.contrast"));          // Simplified text
  CHECK_FALSE(fired(doc, 1, "zh.relation.concede"));
  CHECK(fired(doc, 2, "zh.relation.concede"));         // the surface alone: granted, to be denied later
  CHECK_FALSE(fired(doc, 2, "zh.thesis.contrast"));
}

TEST_CASE("zh argument: prescribing the wrong cure is a verdict in a set phrase", "[rules][zh]") {
  const auto doc = run(
      "用暫停網約車來保護出租車，是開錯了藥方。"
      "这种做法药不对症。"
      "醫師開了藥方。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.verdict"));
  CHECK(fired(doc, 1, "zh.thesis.verdict"));  // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.verdict"));
}

TEST_CASE("zh argument: the value lies in A rather than B; rather than A, B should, are thesis cues", "[rules][zh]") {
  const auto doc = run(
      "巡守隊的價值在於守望而不在於追捕。"
      "与其发放更多装备，政府更该划清界线。"
      "與其排隊等待，不如提早預約。"
      "巡守隊的價值在於守望。"
      "與其說是政策，這更像是口號。"
      "他只顧自己的生意而不在乎別人。");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(fired(doc, 0, "zh.thesis.contrast"));
  CHECK(fired(doc, 1, "zh.thesis.comparison"));  // Simplified text, 更該
  CHECK(fired(doc, 2, "zh.thesis.comparison"));  // the older 不如
  CHECK_FALSE(fired(doc, 3, "zh.thesis.contrast"));   // no contrast
  CHECK_FALSE(fired(doc, 4, "zh.thesis.comparison"));  // 與其說 ... 更像: a description, not a choice
  CHECK_FALSE(fired(doc, 5, "zh.thesis.contrast"));    // 而不在乎: does not care, no contrast
}

TEST_CASE("zh argument: granting a rise is not unreasonable, then naming what should be examined, is a concessive thesis", "[rules][zh]") {
  const auto doc = run(
      "調漲本身並非不合理，真正該被檢討的，是齊頭式的漲價方式。"
      "用价格调节需求本身并无不妥；真正决定成败的，是配套。"
      "調漲本身並非不合理。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(fired(doc, 0, "zh.thesis.concessive"));
  CHECK(fired(doc, 1, "zh.thesis.concessive"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.concessive"));  // granted, no turn
}

namespace {

std::vector<std::uint32_t> thesis_of(const Document& doc) {
  REQUIRE(doc.argument.thesis);
  return doc.argument.nodes[*doc.argument.thesis].sentences;
}

}  // namespace

TEST_CASE("zh argument: naming the real problem (真正的問題在於) is a thesis cue; 問題在於 alone is not", "[rules][zh]") {
  const auto doc = run(
      "真正的問題在於，路線多年沒有檢討。"
      "真正的症结是，补贴只看数量。"
      "問題在於，路線多年沒有檢討。"
      "真正的贏家是誰，沒有人知道。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(fired(doc, 0, "zh.thesis.real_issue"));
  CHECK(fired(doc, 1, "zh.thesis.real_issue"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.real_issue"));  // the problem, not the real one
  CHECK_FALSE(fired(doc, 3, "zh.thesis.real_issue"));  // the real winner: no problem named
}

TEST_CASE("zh argument: the real problem named in the argument's paragraph is the thesis", "[rules][zh]") {
  // s0 and s1 are the news (reports), s2-s4 and s6 claims, s5 a report. With the cue, s3
  // scores 1.5 x 0.6 = 0.90 + stance 0.20 + position 0.23 = 1.33; the closing recommendation
  // s6 scores 1.5 x 0.4 = 0.60 + closing 0.15 + position 0.06 = 0.81.
  const std::string text =
      "市府上週宣布，公車票價自明年一月起調漲兩成。\n\n"
      "市府交通局表示，調漲是為了填補每年約三億元的營運缺口。\n\n"
      "許多人把矛頭指向票價太低。真正的問題在於，路線多年沒有檢討，大量空車仍在市區裡繞行。這樣的路網，只會讓虧損愈來愈大。\n\n"
      "鄰近縣市去年已重新規劃路線。市府應當先公開每條路線的載客數據，再談漲價。";
  const auto doc = run(text);
  REQUIRE(doc.sentences.size() == 7);
  CHECK(thesis_of(doc) == std::vector<std::uint32_t>{3});
  // Guard: the same sentence without 真正的 has no cue (0.23), and the closing
  // recommendation (0.81) is the thesis.
  std::string plain = text;
  plain.replace(plain.find("真正的問題在於"), std::string("真正的問題在於").size(), "問題在於");
  const auto guard = run(plain);
  REQUIRE(guard.sentences.size() == 7);
  CHECK(thesis_of(guard) == std::vector<std::uint32_t>{6});
}

TEST_CASE("zh argument: what really should be done (真正該做的，是) recommends; 真正值得注意的是 does not", "[rules][zh]") {
  const auto doc = run(
      "政府真正該做的，是把電價交給公開的公式。"
      "真正需要纠正的，是藏在小字里的计费规则。"
      "真正值得注意的是，違規多發生在白天。"
      "與其每年喊一次凍漲，政府真正該做的，是公開成本。"
      "這項計畫真正開始運作，是在去年。");
  REQUIRE(doc.sentences.size() == 5);
  CHECK(fired(doc, 0, "zh.thesis.real_task"));
  CHECK(fired(doc, 1, "zh.thesis.real_task"));        // Simplified text
  CHECK_FALSE(fired(doc, 2, "zh.thesis.real_task"));  // worth noting: points at a fact
  CHECK(fired(doc, 3, "zh.thesis.real_task"));
  CHECK(fired(doc, 3, "zh.thesis.comparison"));       // 與其 ... 真正該: rather than A, what should be done is B
  CHECK_FALSE(fired(doc, 4, "zh.thesis.real_task"));  // when it really began: no remedy
}

TEST_CASE("zh argument: what really should be done is the thesis over a closing recommendation", "[rules][zh]") {
  // s0 a report, s1 an attribution, s2-s5 claims. With the cue, s3 scores 1.5 x 0.4 = 0.60
  // + stance 0.20 + position 0.20 = 1.00; the closing 应当 (s5) scores 0.60 + closing 0.15 +
  // position 0.07 = 0.82.
  const std::string text =
      "县里上月出台新规，外卖骑手闯红灯一次罚款两百元。\n\n"
      "县交警大队负责人说，新规实施后，骑手违章下降了三成。\n\n"
      "罚款固然能见效一时。政府真正该做的，是放宽平台的派单时限，让骑手不必拿命抢时间。骑手闯灯，多半是被算法逼出来的。\n\n"
      "新规明年到期，县里应当重新评估。";
  const auto doc = run(text);
  REQUIRE(doc.sentences.size() == 6);
  CHECK(thesis_of(doc) == std::vector<std::uint32_t>{3});
  // Guard: 政府可以放宽… carries no cue (0.20), and the closing recommendation wins.
  std::string plain = text;
  plain.replace(plain.find("政府真正该做的，是"), std::string("政府真正该做的，是").size(), "政府可以");
  const auto guard = run(plain);
  REQUIRE(guard.sentences.size() == 6);
  CHECK(thesis_of(guard) == std::vector<std::uint32_t>{5});
}

TEST_CASE("zh argument: a course corrected (不該X，而應Y) stays a candidate after the opening's verdict", "[rules][zh]") {
  // s0-s1 the news (one paragraph: no lead bonus), s2 the opening's verdict (本末倒置, 1.5 x 0.3 =
  // 0.45 + stance 0.20 + position 0.29 = 0.94), s3 a report, s4 the correction (1.5 x 0.5 = 0.75 +
  // shared wording 0.12 + position 0.17 = 1.04), s5 a report, s6 a recommendation. Without the
  // exemption s4 would not be a candidate after s2's verdict, and s2 would be the thesis.
  const std::string text =
      "市府上月宣布，明年起全市三十座公園的涼亭將全數拆除改建，預算約八千萬元。工務局表示，改建後的涼亭將統一採用鋼構設計。\n\n"
      "涼亭老舊當然要處理，但一次全部拆掉重建，是本末倒置的做法。多數涼亭只是屋頂漏水，結構並無問題。\n\n"
      "這筆錢不該用來把涼亭換成一模一樣的新涼亭，而應先修好漏水的屋頂，把省下的經費留作日後的維護。\n\n"
      "鄰近縣市去年已改採逐座修繕。市府應當重新檢討這筆預算。";
  const auto doc = run(text);
  REQUIRE(doc.sentences.size() == 7);
  CHECK(fired(doc, 4, "zh.thesis.correction"));
  CHECK(thesis_of(doc) == std::vector<std::uint32_t>{4});
  // Guard: a plain recommendation (應該先…) in its place corrects nothing; it argues for the
  // opening's verdict and is no candidate, so the verdict s2 is the thesis.
  std::string plain = text;
  const std::string corrected = "這筆錢不該用來把涼亭換成一模一樣的新涼亭，而應先修好";
  plain.replace(plain.find(corrected), corrected.size(), "這筆錢應該先用來修好");
  const auto guard = run(plain);
  REQUIRE(guard.sentences.size() == 7);
  CHECK_FALSE(fired(guard, 4, "zh.thesis.correction"));
  CHECK(thesis_of(guard) == std::vector<std::uint32_t>{2});
}

TEST_CASE("zh argument: a claim hedged as a guess (似乎, 或許, 也許) counts against the thesis; 恐怕 does not", "[rules][zh]") {
  const auto small = run("原因似乎不在客人變少。或许问题出在房租。也許還有別的原因。書店恐怕撐不過今年。");
  REQUIRE(small.sentences.size() == 4);
  CHECK(fired(small, 0, "zh.thesis.hedged"));
  CHECK(fired(small, 1, "zh.thesis.hedged"));        // Simplified text
  CHECK(fired(small, 2, "zh.thesis.hedged"));
  CHECK_FALSE(fired(small, 3, "zh.thesis.hedged"));  // a feared outcome, stated

  // s0 a report, s1 an attribution, s2 and s3 claims with a contrast each (1.5 x 0.5 = 0.75),
  // s4 a report, s5 a recommendation (0.60 + closing 0.15 + position 0.07 = 0.82). s2 comes
  // first (position 0.27 against s3's 0.20) but guesses (似乎): secondary -0.30 leaves it 0.72,
  // and s3 (0.95) is the thesis.
  const std::string text =
      "縣內三家傳統書店今年相繼歇業，只剩一家仍在營業。\n\n"
      "書店公會表示，三家書店的營業額去年都下滑了兩成以上。\n\n"
      "但把三家的情況放在一起看，關店的原因似乎不在客人變少，而在房租連年上漲。"
      "書店要留得住，靠的不是一次性的補助，而是讓房東願意長期低價出租的制度。\n\n"
      "鄰近縣市去年起已有不同的嘗試。縣府應當及早研議。";
  const auto doc = run(text);
  REQUIRE(doc.sentences.size() == 6);
  CHECK(thesis_of(doc) == std::vector<std::uint32_t>{3});
  // Guard: stated without 似乎, s2 (1.02) comes first and is the thesis.
  std::string plain = text;
  plain.replace(plain.find("原因似乎不在"), std::string("原因似乎不在").size(), "原因不在");
  const auto guard = run(plain);
  REQUIRE(guard.sentences.size() == 6);
  CHECK(thesis_of(guard) == std::vector<std::uint32_t>{2});
}
