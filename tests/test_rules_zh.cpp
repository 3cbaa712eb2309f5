// The shipped zh pack on small texts written for each rule family, in both scripts:
// the pack is written in Traditional characters and must serve Simplified text too.
#include <catch2/catch.hpp>

#include "engine/pipeline.hpp"
#include "engine/text_input.hpp"
#include "tests/shipped.hpp"

using namespace argmap;

namespace {

Document run(const std::string& text) { return testing::analyze_shipped(text); }

using testing::entity_named;
using testing::fired;
using testing::str;

}  // namespace

TEST_CASE("zh entities: gloss with aliases, title before the name, later mentions", "[rules][zh]") {
  const auto doc = run("日本首相石田茂（Shigeru Ishida，又譯石破茂）昨天抵達。石田茂隨後離開。");
  const Entity* e = entity_named(doc, "石田茂");
  REQUIRE(e);
  CHECK(e->title == std::optional<std::string>("日本首相"));
  CHECK(e->aliases == std::vector<std::string>{"Shigeru Ishida", "石破茂"});
  CHECK(e->mentions.size() == 4);  // the name twice, the Latin alias and the Han alias once each
}

TEST_CASE("zh attributions: indirect, direct, pronoun and dropped subject", "[rules][zh]") {
  const auto doc = run(
      "財政部長林志遠（Lin Chih-yuan）3日表示，明年預算將增加。"
      "他說：「我們不會加稅。」"
      "同時強調，財政紀律不能放鬆。");
  REQUIRE(doc.sentences.size() == 3);
  for (const auto& s : doc.sentences) CHECK(s.type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 3);
  const Entity* lin = entity_named(doc, "林志遠");
  REQUIRE(lin);
  const auto lin_id = static_cast<std::uint32_t>(lin - doc.entities.data());
  CHECK(str(doc, doc.attributions[0].cue) == "表示");
  CHECK(str(doc, doc.attributions[0].content) == "明年預算將增加");
  CHECK(doc.attributions[0].quote == QuoteKind::indirect);
  CHECK(doc.attributions[0].source_entity == lin_id);
  CHECK(str(doc, *doc.attributions[1].source) == "他");
  CHECK(doc.attributions[1].source_entity == lin_id);
  CHECK(doc.attributions[1].quote == QuoteKind::direct);
  CHECK(str(doc, doc.attributions[1].content) == "我們不會加稅。");
  CHECK_FALSE(doc.attributions[2].source);
  CHECK(doc.attributions[2].source_entity == lin_id);
}

TEST_CASE("zh attributions: an interview as the setting, after an adverb of time", "[rules][zh]") {
  // 随后 ends the source (it is no part of a name); the interview between it and the verb
  // has no 在 before it. Simplified, as blind batch 77 had it.
  const auto doc = run("该台副台长戚宛如（Qi Wanru）随后接受采访时表示，节目每年的制作成本约六十万元。");
  REQUIRE(doc.sentences.size() == 1);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 1);
  CHECK(str(doc, doc.attributions[0].cue) == "表示");
  CHECK(str(doc, doc.attributions[0].content) == "节目每年的制作成本约六十万元");
  const Entity* qi = entity_named(doc, "戚宛如");
  REQUIRE(qi);
  CHECK(doc.attributions[0].source_entity == static_cast<std::uint32_t>(qi - doc.entities.data()));
}

TEST_CASE("zh: a Traditional pack matches Simplified text", "[rules][zh]") {
  const auto doc = run("财政部长林志远（Lin Chih-yuan）3日表示，明年预算将增加。显然，这个判断过于乐观。");
  CHECK(doc.language == "zh-Hans");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  REQUIRE(entity_named(doc, "林志远"));
  CHECK(entity_named(doc, "林志远")->title == std::optional<std::string>("财政部长"));
}

TEST_CASE("zh types: stance, hedge, inference and conditionals are claims; questions too", "[rules][zh]") {
  const auto doc = run(
      "市府上週完成招標。顯然，這個方案並不周全。新制可能延後上路。"
      "這表明市府低估了難度。如果預算不足，就必須重新規劃。試問，誰來負責？");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::report);
  for (std::size_t i = 1; i < 6; ++i) {
    INFO(i);
    CHECK(doc.sentences[i].type == SentenceType::claim);
  }
  CHECK(doc.sentences[5].form == Form::question);
  CHECK(doc.sentences[4].form == Form::statement);
}

TEST_CASE("zh: a reporting verb inside another word reports nothing", "[rules][zh]") {
  const auto doc = run("對於市府來說，這筆預算太高。他試圖說服議會。");
  CHECK(doc.attributions.empty());
  CHECK(doc.sentences[0].type == SentenceType::claim);
}

TEST_CASE("zh dates: metadata date, day of month, same day, last week", "[rules][zh]") {
  const auto doc = run("date 2025-03-14\n市長12日宣布新政策。議會同日通過預算。上週五發生停電。");
  REQUIRE(doc.date);
  CHECK((doc.date->year == 2025 && doc.date->month == 3 && doc.date->day == 14));
  REQUIRE(doc.sentences.size() == 4);
  // 2025-03-14 is a Friday; the Friday of the week before is 2025-03-07.
  const std::vector<int> days = {0, 12, 12, 7};
  for (std::size_t i = 1; i < 4; ++i) {
    INFO(i);
    REQUIRE(doc.sentence_dates[i]);
    CHECK(doc.sentence_dates[i]->month == 3);
    CHECK(doc.sentence_dates[i]->day == days[i]);
  }
}

TEST_CASE("zh: captions with a credit; a straight news report has no argument", "[rules][zh]") {
  const auto doc = run(
      "（中央社台北14日電）交通部14日公布新規，機車駕照考試將加考路考。\n\n"
      "考生在監理站練習。（中央社）\n\n"
      "新規將於7月1日上路。交通部表示，將先試辦三個月。");
  REQUIRE(doc.paragraphs.size() == 3);
  CHECK(doc.paragraphs[1].kind == ParagraphKind::caption);
  CHECK_FALSE(doc.argument.thesis);
  CHECK(doc.argument.nodes.empty());
}

TEST_CASE("zh entities: a titled name is met again as surname + title ending", "[rules][zh]") {
  const auto doc = run("勞動部長許文彥（Hsu Wen-yen）3日表示，基本工資將調漲。許部長說，這是最大漲幅。");
  const Entity* hsu = entity_named(doc, "許文彥");
  REQUIRE(hsu);
  REQUIRE(hsu->mentions.size() == 3);  // the name, the Latin gloss, and 許部長
  CHECK(str(doc, hsu->mentions[2]) == "許部長");
  REQUIRE(doc.attributions.size() == 2);
  CHECK(doc.attributions[1].source_entity == doc.attributions[0].source_entity);
}

TEST_CASE("zh attributions: a titled speaker after a glossed body is the speaker, a setting is not a title",
          "[rules][zh]") {
  // The body and its Latin gloss come first; the person who speaks is the titled name after them.
  const auto doc = run(
      "遠航公司（Yuanhang）董事長韋志明（Wei）昨天表示，明年將擴廠。"
      "韋志明在記者會上強調，今年不會裁員，也不會減薪。");
  REQUIRE(doc.attributions.size() == 2);
  const Entity* wei = entity_named(doc, "韋志明");
  REQUIRE(wei);
  const auto wei_id = static_cast<std::uint32_t>(wei - doc.entities.data());
  REQUIRE(doc.attributions[0].source);
  CHECK(str(doc, *doc.attributions[0].source) == "韋志明");
  CHECK(doc.attributions[0].source_entity == wei_id);
  CHECK(str(doc, doc.attributions[0].content) == "明年將擴廠");
  // 記者 inside 記者會 is no title: the source stays the name before the setting.
  REQUIRE(doc.attributions[1].source);
  CHECK(str(doc, *doc.attributions[1].source) == "韋志明");
  CHECK(str(doc, doc.attributions[1].cue) == "強調");
}

TEST_CASE("zh attributions: a setting that holds a verb-as-noun, and a quote-first tag with a setting",
          "[rules][zh]") {
  // 的聲明 is a noun (vetoed as a cue); the verb that reports is 稱 after the setting.
  const auto doc = run(
      "該公司在週五發布的聲明中稱，產品沒有瑕疵。"
      "「排隊排了兩小時」，一名遊客在網路上寫道。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 2);
  CHECK(str(doc, doc.attributions[0].cue) == "稱");
  CHECK(str(doc, doc.attributions[0].content) == "產品沒有瑕疵");
  CHECK(str(doc, doc.attributions[1].cue) == "寫道");
  CHECK(str(doc, doc.attributions[1].content) == "排隊排了兩小時");
  CHECK(doc.attributions[1].quote == QuoteKind::direct);
}

TEST_CASE("zh entities: long bodies, 廳 and 委員會 endings, no name from 根據, a university before its school",
          "[rules][zh]") {
  const auto doc = run(
      "根據青河省統計局的資料，物價上漲。"
      "北岸省人力資源和社會保障廳6日公布新規。"
      "省發展和改革委員會表示，將穩定物價。"  // 委員會表示: 會 ends a name, it is no "would"
      "開元大學傳播學院院長柯文清（Ko Wen-ching）指出，招生下滑。"
      "市民在大廳排隊。");
  CHECK(entity_named(doc, "青河省統計局"));
  CHECK_FALSE(entity_named(doc, "根據青河省統計局"));
  CHECK(entity_named(doc, "北岸省人力資源和社會保障廳"));  // twelve characters before the ending
  CHECK(entity_named(doc, "省發展和改革委員會"));         // not cut after the office 委員
  CHECK_FALSE(entity_named(doc, "會"));
  CHECK(entity_named(doc, "開元大學"));
  CHECK_FALSE(entity_named(doc, "大廳"));  // a hall, not a department
  REQUIRE(doc.sentences.size() == 5);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 3);
  REQUIRE(doc.attributions[0].source);
  CHECK(str(doc, *doc.attributions[0].source) == "青河省統計局");  // 統計 inside 統計局 is no verb
  CHECK(str(doc, doc.attributions[1].cue) == "表示");
  CHECK(str(doc, doc.attributions[1].content) == "將穩定物價");
}

TEST_CASE("zh types: reading given figures, 不會因為…就, 再…也不, 如果…依然 are the author's claims",
          "[rules][zh]") {
  const auto doc = run(
      "這項數據顯示，補貼發揮了作用。"
      "問題不會因為一次漲價就解決。"
      "再多的補助也救不了產業。"
      "如果只靠補貼，產業依然沒有競爭力。");
  REQUIRE(doc.sentences.size() == 4);
  for (std::size_t i = 0; i < 4; ++i) {
    INFO(i);
    CHECK(doc.sentences[i].type == SentenceType::claim);
  }
  CHECK(doc.attributions.empty());  // the figures are the author's, not a source's
}

TEST_CASE("zh types: 不妨 recommends, 而不是 corrects; 回答不了 reports nothing; 無人否認 concedes", "[rules][zh]") {
  const auto doc = run(
      "家長不妨把意見送進教育部。"
      "高鹽高油來自配方，而不是加工方式。"
      "一紙暫停令回答不了真正的問題。"
      "部長回答，政策不會改變。"
      "人口變化是現實，這一點無人否認。"
      "不少業者選擇擴大飼養規模，而非投資改善設備。");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type != SentenceType::attribution);  // cannot answer: no one speaks
  CHECK(doc.sentences[3].type == SentenceType::attribution);  // the minister answered: he speaks
  CHECK(doc.sentences[5].type == SentenceType::report);  // a choice described, not a correction
  CHECK(fired(doc, 4, "zh.relation.grant_premise"));
  CHECK_FALSE(fired(doc, 3, "zh.relation.grant_premise"));
}

TEST_CASE("zh types: 並不, granting a reason and 最該 are the author's voice", "[rules][zh]") {
  const auto doc = run("這樣的劇情並不陌生。這個理由有一定道理。該路段當天並未開放。戲院最該保存的，是它的放映廳。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[3].type == SentenceType::claim);  // what most ought to be kept: a recommendation
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::report);  // 並未: a plain negated event
}

TEST_CASE("zh attributions: the paper's own voice (本報認為, 我的看法是) is the author's claim", "[rules][zh]") {
  const auto doc = run("然而本報認為，只靠補貼撐不起居住正義。部長認為，補貼已經足夠。我的看法是：文化部不該再拖。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::claim);
  REQUIRE(doc.attributions.size() == 1);
  CHECK(doc.attributions[0].sentence == 1);
  CHECK(fired(doc, 2, "zh.thesis.position"));  // 我的看法是: a stated position
}

TEST_CASE("zh types: signposts, hypothetical objectors and 既要…也要 are the author's claims", "[rules][zh]") {
  const auto doc = run(
      "先算車的賬。為此，監管部門至少可以從兩方面入手。有人會說，票價調漲是必要之惡。"
      "或許有人認為，這只是少數個案。提振消費，既要讓民眾有錢花，也要讓民眾敢花錢。"
      "記者先算了一遍帳目。比賽既要求選手完成全程，也要求在6小時內抵達終點。有人在網路上說，看到可疑人士出沒。");
  REQUIRE(doc.sentences.size() == 8);
  for (std::size_t i = 0; i < 5; ++i) {
    INFO(i);
    CHECK(doc.sentences[i].type == SentenceType::claim);
  }
  CHECK(doc.sentences[5].type == SentenceType::report);       // an account checked: no signpost
  CHECK(doc.sentences[6].type == SentenceType::report);       // 既要求…也要求: terms of a race
  CHECK(doc.sentences[7].type == SentenceType::attribution);  // a real, unnamed speaker
  REQUIRE(doc.attributions.size() == 1);                       // the hypothetical speakers report nothing
  CHECK(doc.attributions[0].sentence == 7);
}

TEST_CASE("zh types: verdicts, the author's first person and lessons of experience", "[rules][zh]") {
  const auto doc = run(
      "這樣的事件絕非個案。我希望市府能把這項承諾寫進預算。但坦率地說，這個目標已經偏離初衷。"
      "但國外城市的經驗顯示，這並非不可能。加強取締固然必要。暫停不是終點。"
      "新北市固然多雨，但今年降雨量仍創新高。交通部的統計顯示，今年事故增加三成。");
  REQUIRE(doc.sentences.size() == 8);
  for (std::size_t i = 0; i < 6; ++i) {
    INFO(i);
    CHECK(doc.sentences[i].type == SentenceType::claim);
  }
  CHECK(doc.sentences[6].type == SentenceType::report);       // granted, then a reported turn decides
  CHECK(doc.sentences[7].type == SentenceType::attribution);  // figures with a publisher
  REQUIRE(doc.attributions.size() == 1);
  CHECK(doc.attributions[0].sentence == 7);
}

TEST_CASE("zh types: words reported and then judged by the author are a claim", "[rules][zh]") {
  const auto doc = run("陳部長說，不能讓市場永遠依賴政府輸血，這句話沒有錯。部長說，這話不假，政府會負責到底。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::attribution);  // the judgement is the minister's own
  REQUIRE(doc.attributions.size() == 2);
  CHECK(doc.attributions[0].sentence == 0);  // the cited words keep their record
  CHECK(str(doc, doc.attributions[0].cue) == "說");
}

TEST_CASE("zh: the terms of a rule are a report; a law or plan that states speaks; results published", "[rules][zh]") {
  const auto doc = run(
      "依照現行規定，機車最高時速不得超過50公里，必須靠右行駛。"
      "依据相关规定，企业应当在每年6月30日前报送年度报告。"
      "職業教育法明確規定，職業教育與普通教育具有同等重要地位。"
      "《方案》提出，到2030年全市將新增10萬個停車位。"
      "調查結果已於上月向社會公布，相關業者均已改善。"
      "衛福部昨天公布最新統計：今年前三季共有1.2萬人確診。"
      "教育部19日公布《校園安全指引》，要求各校每學期至少舉行一次演練。");
  REQUIRE(doc.sentences.size() == 7);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::report);  // Simplified text
  CHECK(doc.sentences[2].type == SentenceType::attribution);
  CHECK(doc.sentences[3].type == SentenceType::attribution);
  CHECK(doc.sentences[4].type == SentenceType::report);  // the results are no speaker
  CHECK(doc.sentences[5].type == SentenceType::attribution);
  CHECK(doc.sentences[6].type == SentenceType::report);  // a document issued
  REQUIRE(doc.attributions.size() == 3);
  CHECK(str(doc, doc.attributions[0].cue) == "規定");
  CHECK(str(doc, doc.attributions[1].cue) == "提出");
  CHECK(str(doc, *doc.attributions[1].source) == "《方案》");
  CHECK(str(doc, doc.attributions[2].cue) == "公布");
  CHECK(str(doc, doc.attributions[2].content) == "今年前三季共有1.2萬人確診");
}

TEST_CASE("zh attributions: learnt from a body, a study's finding, speaking plainly, a day as setting", "[rules][zh]") {
  const auto doc = run(
      "记者从国家统计局获悉，上半年全国居民人均可支配收入实际增长5.3%。"
      "國家教育研究院研究員黃建中去年追蹤12所被整併的學校後發現，每校每年省下約600萬元。"
      "工會理事長陳大同說得很清楚：「我們不會讓步。」"
      "市長則在昨天宣布，明年起公車全面免費。"
      "既然沒有評估，又怎能斷言非拆不可？"
      "他從小就得知，家裡經濟拮据。"
      "他說得很快。");
  REQUIRE(doc.sentences.size() == 7);
  for (std::size_t i = 0; i < 4; ++i) {
    INFO(i);
    CHECK(doc.sentences[i].type == SentenceType::attribution);
  }
  CHECK(doc.sentences[4].type == SentenceType::claim);  // an evaluation not done reports nothing
  CHECK(doc.sentences[5].type != SentenceType::attribution);
  CHECK(doc.sentences[6].type != SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 4);
  CHECK(str(doc, *doc.attributions[0].source) == "国家统计局");
  CHECK(str(doc, doc.attributions[0].cue) == "获悉");
  CHECK(str(doc, doc.attributions[1].cue) == "發現");
  CHECK(str(doc, doc.attributions[2].cue) == "說");
  CHECK(str(doc, doc.attributions[2].content) == "我們不會讓步。");
  CHECK(str(doc, doc.attributions[3].cue) == "宣布");
}

TEST_CASE("zh types: measuring words in reports are no verdicts", "[rules][zh]") {
  const auto doc = run("平均利用率不足30%，多數站點閒置。該水庫負擔約三成的供水量。受訪者多半來自北部都會區。中小企業的負擔越來越重。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::report);
  CHECK(doc.sentences[3].type == SentenceType::claim);  // a burden, judged
}

TEST_CASE("zh: a photo credit naming the photographer in full makes a caption", "[rules][zh]") {
  const auto doc = run(
      "农业农村部15日发布新规。\n\n"
      "9月25日，农机手驾驶收割机收获水稻。（新华社记者 孙海涛 摄）\n\n"
      "市场监管总局当天表示，将加强抽检（详见附件第三部分之说明）\n\n"
      "专家认为，这一做法值得推广。");
  REQUIRE(doc.paragraphs.size() == 4);
  CHECK(doc.paragraphs[1].kind == ParagraphKind::caption);
  CHECK(doc.paragraphs[2].kind == ParagraphKind::body);  // a bracketed note, no photographer
}

TEST_CASE("zh types: a heading may end in the quote closing its last word", "[rules][zh]") {
  const auto doc = run("为社区食堂装上“保温箱”\n\n社区食堂今年在全市开了三十家。\n");
  REQUIRE(doc.sentences.size() == 2);
  // No full stop, a paragraph of its own: a headline, even with its quoted last word.
  CHECK(doc.sentences[0].type == SentenceType::meta);
  CHECK(testing::fired(doc, 0, "common.meta.heading"));
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: an evaluative word inside another word judges nothing", "[rules][zh]") {
  const auto doc = run("屋頂上的太陽能板已積滿灰塵與落葉。一段关于古镇的短视频播放量超过两千万次。這筆補助太少，幫不了小店。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::report);  // 太陽 is the sun, not "too"
  CHECK(doc.sentences[1].type == SentenceType::report);  // 短视频 is a short video
  CHECK(doc.sentences[2].type == SentenceType::claim);   // 太少: too little, a verdict
}

TEST_CASE("zh types: a short signpost sentence is the author's step", "[rules][zh]") {
  const auto doc = run("先看房租。以外送员为例。以台北為例，去年新增了三千個車位。他再看到那輛車時，已經認不出來。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::report);  // the example is given: a report
  CHECK(doc.sentences[3].type == SentenceType::report);  // 再看到: saw again, a narrative
}

TEST_CASE("zh types: the author grading words, explaining why, setting two sides against each other", "[rules][zh]") {
  const auto doc = run(
      "她說對了一半。她說，對方已經付款。物价之所以上涨，是因为运费翻了一倍。"
      "赚到的是平台，吃亏的却是骑手。主辦的是市政府，承辦的則是體育會。怪不得店家紛紛關門。");
  REQUIRE(doc.sentences.size() == 6);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::attribution);  // 說 with its content: she said
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(doc.sentences[3].type == SentenceType::claim);
  CHECK(doc.sentences[4].type == SentenceType::report);  // two roles listed, no contrast judged
  CHECK(doc.sentences[5].type == SentenceType::claim);
}

TEST_CASE("zh types: a notice's requirements and a rule's terms are reported", "[rules][zh]") {
  const auto doc = run(
      "市衛生局昨日發布通知，要求各醫院必須設置發燒篩檢站。市府應該發布通知，要求各醫院設置篩檢站。"
      "按照新規定，補助按戶而非按人計算。補助應該按人而非按戶計算。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::report);  // the notice's 必須
  CHECK(doc.sentences[1].type == SentenceType::claim);   // the author's 應該
  CHECK(doc.sentences[2].type == SentenceType::report);  // the rule's 而非
  CHECK(doc.sentences[3].type == SentenceType::claim);
}

TEST_CASE("zh types: attributions after a connective and after a statement issued", "[rules][zh]") {
  const auto doc = run(
      "但根據勞動部的調查，去年有三成勞工曾經加班。消基會則在會後發表聲明，批評業者「把風險丟給消費者」。"
      "但根據這項規定，業者不得任意漲價。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);  // 風險 in the quote is the body's word
  CHECK(doc.sentences[2].type == SentenceType::report);       // a rule's terms: no source speaks
  CHECK(testing::fired(doc, 0, "zh.attr.according_after_conj"));
  CHECK(testing::fired(doc, 1, "zh.attr.statement_then_verb"));
}

TEST_CASE("zh types: figures published and then given are the body's statement", "[rules][zh]") {
  const auto doc = run(
      "市交通局3日公布今年第一季機車事故死亡率，全市每十萬人有4.2人死於機車事故。"
      "市交通局3日公布一份檢討報告，約談了三名主管。"
      "教育部公布《校園手機使用報告》，允許學生在午休時使用手機。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::report);  // a report issued, then an action
  CHECK(doc.sentences[2].type == SentenceType::report);  // a document issued (guide, rule 7)
}

TEST_CASE("zh types: a real group's worry is an attribution, the author's and a would-be one are claims", "[rules][zh]") {
  const auto doc = run("不少家長擔心，新制會讓孩子的作業量暴增。我擔心，這項補助會被濫用。或許有人會擔心，這樣做成本太高。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::claim);
  REQUIRE(doc.attributions.size() == 1);
  CHECK(str(doc, *doc.attributions[0].source) == "不少家長");
  CHECK(str(doc, doc.attributions[0].cue) == "擔心");
}

TEST_CASE("zh types: a signpost naming a quoted term is a claim; a quoted plan with figures stays a report", "[rules][zh]") {
  const auto doc = run("先看“成本”。再看「交通」這一項，市府今年編列3億元。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: grading someone's words and a turn after a study verb are the author's claims", "[rules][zh]") {
  const auto doc = run(
      "張院長說得沒錯，可惜市府遲遲沒有行動。林教授說得很清楚：「預算不會增加。」"
      "市府說會再評估，但是這樣的回應顯然太慢。市府評估，明年的用電量將增加兩成。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);        // X is right: the author's verdict
  CHECK(doc.sentences[1].type == SentenceType::attribution);  // speaking plainly, then the words
  CHECK(doc.sentences[2].type == SentenceType::claim);        // the turn answers the body
  CHECK(doc.sentences[3].type == SentenceType::attribution);  // the body's estimate
}

TEST_CASE("zh types: 只能 in a reported past or setback is a report; the author's 只能 stays a claim", "[rules][zh]") {
  const auto doc = run("保險理賠被拒，只能自行支付醫藥費。沒有配套，勞工只能自求多福。當時許多農民只能改種雜糧。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::report);  // a setback suffered, then what was left
  CHECK(doc.sentences[1].type == SentenceType::claim);   // the author's verdict
  CHECK(doc.sentences[2].type == SentenceType::report);  // a past fact
}

TEST_CASE("zh types: a slash byline with a bracketed note is meta; a sentence after a slash is not", "[rules][zh]") {
  const auto doc = run("文／林小明（自由撰稿人）\n\n文/林小明說，這是錯的。\n");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::meta);
  CHECK(doc.sentences[1].type != SentenceType::meta);
}

TEST_CASE("zh types: 往往 alone does not make a claim; how a practice usually goes is reported", "[rules][zh]") {
  // A rule that took every 往往 for the author's generalisation (zh.claim.tends_to) was
  // withdrawn: on a blind batch it only ever fired on reports of practice like these.
  const auto doc = run("業者往往在月底才結算貨款。申請人往往得同時跑兩個窗口。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: the author's bare 應 recommends; 應 in words, in rules and in demands does not", "[rules][zh]") {
  const auto doc = run(
      "中央與地方應建立聯防機制。疫苗供應持續吃緊。依新制，業者應於年底前申報。"
      "市議會要求市府應在下月提出報告。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);  // 供應: supply
  CHECK(doc.sentences[2].type == SentenceType::report);  // a rule's terms
  CHECK(doc.sentences[3].type == SentenceType::report);  // the council's demand, reported
}

TEST_CASE("zh attributions: a quoted name inside the speaker's title is part of the source", "[rules][zh]") {
  const auto doc = run("「青年返鄉」計畫主持人林美惠表示，今年申請人數創新高。「青年返鄉」計畫今年的申請人數創新高。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::report);
  REQUIRE(doc.attributions.size() == 1);
  CHECK(str(doc, doc.attributions[0].cue) == "表示");
}

TEST_CASE("zh types: an idiom that carries a verdict makes a claim; a plain method stays a report", "[rules][zh]") {
  const auto doc = run("這點補助對偏鄉學校只是杯水車薪。勞動部24日公布新的工時計算方法。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: a long perspective group and a wish with its first person dropped are claims", "[rules][zh]") {
  const auto doc = run(
      "對於在外縣市工作而每週末返鄉的年輕上班族來說，這條路線是唯一的選擇。"
      "對市府今年推出的停車新措施，議會昨天舉行公聽會，邀請業者來說明。"
      "期待各地在落實新制時，先把經費問題講清楚。期待已久的捷運新線昨天通車。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);  // 對 … 來說 across clauses is no perspective
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(doc.sentences[3].type == SentenceType::report);  // long-awaited: no wish
}

TEST_CASE("zh types: 固然 before a turn, 自然 as of course, and 問題出在 are the author's; nouns and measures are not", "[rules][zh]") {
  const auto doc = run(
      "連假人潮固然帶來商機，但少有人算過清潔費用。路線少了，乘客自然不願意搭車。問題出在排班制度。"
      "園區內保留大片自然林地。類似的問題出現在三個縣市。");
  REQUIRE(doc.sentences.size() == 5);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // a concession and its answer
  CHECK(doc.sentences[1].type == SentenceType::claim);   // the author's inference
  CHECK(doc.sentences[2].type == SentenceType::claim);   // a diagnosis
  CHECK(doc.sentences[3].type == SentenceType::report);  // 自然 as a noun
  CHECK(doc.sentences[4].type == SentenceType::report);  // problems that occurred, located
}

TEST_CASE("zh types: X是A，不是B and 能A，也能B weigh a thing; a feature listed and 但是 are no verdict", "[rules][zh]") {
  const auto doc = run(
      "公園是市民的客廳，不是停車場。這筆補助既能讓小店撐過淡季，也能留住老員工。"
      "新卡既能搭公車，也能搭捷運。但是當天到場的，不是原定的講者。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // defined against what it is not
  CHECK(doc.sentences[1].type == SentenceType::claim);   // what a measure can do, weighed
  CHECK(doc.sentences[2].type == SentenceType::report);  // a feature, no effect weighed
  CHECK(doc.sentences[3].type == SentenceType::report);  // 是 inside 但是 and 不是
}

TEST_CASE("zh attributions: a wire dateline before the first sentence is no part of the source", "[rules][zh]") {
  const auto doc = run(
      "（中央社記者林某台北5日電）經濟部中小企業署5日宣布，貸款利率將減半。"
      "（這是本報整理的各地方政府最新公開資料）經濟部宣布，利率減半。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() >= 1);
  REQUIRE(doc.attributions[0].sentence == 0);
  REQUIRE(doc.attributions[0].source);
  // The source begins after the dateline. (A bare day before the verb, 5日, stays in
  // it: the source is found by overlap, and 經濟部3日 names no one else.)
  CHECK(str(doc, *doc.attributions[0].source).rfind("經濟部中小企業署", 0) == 0);
  // A long bracket that is no dateline (no 電 or 報導 at its end) still bars the source.
  CHECK(doc.sentences[1].type != SentenceType::attribution);
}

TEST_CASE("zh types: grading an idea with a bare verdict is a claim; a direction in a report is not", "[rules][zh]") {
  const auto doc = run(
      "這些補貼的出發點是好的。这种说法倒也没错。"
      "兩車行駛方向對調後，車流恢復正常。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // the author grants the intent
  CHECK(doc.sentences[1].type == SentenceType::claim);   // the author grades words, Simplified
  CHECK(doc.sentences[2].type == SentenceType::report);  // 方向對 inside 方向對調: no verdict
}

TEST_CASE("zh types: granting what may be done and then limiting it is a claim; a rule's permission and its terms are not", "[rules][zh]") {
  const auto doc = run(
      "票價可以調漲，但服務不會跟著變好。攤位可以繼續擺，但那只是權宜之計。"
      "家長可以申請補助，但名額有限。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);   // granted, then the author's limit
  CHECK(doc.sentences[1].type == SentenceType::claim);   // granted, then belittled
  CHECK(doc.sentences[2].type == SentenceType::report);  // a benefit and its quota: no limit word
}

TEST_CASE("zh types: a vantage point opening the sentence is the author's reading; a place seen from is not", "[rules][zh]") {
  const auto doc = run("從各校的紀錄來看，午餐的剩食量逐年增加。從高處看，整座港口燈火通明。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: naming the precondition is the author's reasoning; an entitlement's condition is a rule", "[rules][zh]") {
  const auto doc = run("改革成功的前提，是市民願意買單。申請的前提是設籍滿一年。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh attributions: a reporting verb that modifies a noun reports nothing; the verb with its content does", "[rules][zh]") {
  const auto doc = run("網路上支持與批評的留言各占一半。每一件確認的個案都已轉介社工。工會批評，新制把成本推給勞工。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::report);  // 批評的留言: comments, no speech act
  CHECK(doc.sentences[1].type == SentenceType::report);  // 確認的個案: confirmed cases
  CHECK(doc.sentences[2].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 1);
  CHECK(doc.attributions[0].sentence == 2);
}

TEST_CASE("zh attributions: the terms of a draft or a timetable (依照草案，…) are a report; a report cited is an attribution", "[rules][zh]") {
  const auto doc = run(
      "依照修正草案，計程車業者每年可領取一次換車補助。依照營運時程，新站明年三月啟用。"
      "根據審計部的報告，三成補助款未依規定核銷。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
  REQUIRE(doc.attributions.size() == 1);
  CHECK(doc.attributions[0].sentence == 2);
}

TEST_CASE("zh attributions: an act that carries words (發文, 記者會, 訪問) then the reporting verb after the comma; 說明 of a plan stays a report", "[rules][zh]") {
  const auto doc = run(
      "幾位家長在社群平台上發文，質疑營養午餐的份量變少。"
      "研究團隊去年訪問了三百名外送員，發現半數每天工作超過十小時。"
      "市府昨天召開記者會，說明新制內容。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.sentences[2].type == SentenceType::report);
  REQUIRE(doc.attributions.size() == 2);
  REQUIRE(doc.attributions[0].source);
  CHECK(str(doc, *doc.attributions[0].source) == "幾位家長");  // stops before the setting
  CHECK(str(doc, doc.attributions[1].cue) == "發現");
}

TEST_CASE("zh types: parallel 得 complements (蓋得快，拆得也快) characterise a pattern; one complement in a report does not", "[rules][zh]") {
  const auto doc = run("補貼發得多，用得卻少。新館蓋得快，拆得也快。選手跑得很快，隨後以第一名抵達終點。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::report);
}

TEST_CASE("zh types: casting a thing as 一道坎 (a hurdle) is a claim; a door installed is a report", "[rules][zh]") {
  const auto doc = run("高房租是另一道坎。市府在校門口加裝了一道鐵門。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: the author naming a cause is a claim; a cause reported or still under investigation is not", "[rules][zh]") {
  const auto doc = run("塞車只是原因之一。消防局指出，起火的主要原因是電線走火。事故原因仍在調查中。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::attribution);  // the cause is the speaker's
  CHECK(doc.sentences[2].type == SentenceType::report);
}

TEST_CASE("zh types: laying responsibility (也有責任) is a claim; a liability imposed by a court is a report", "[rules][zh]") {
  const auto doc = run("議會也有責任。法院判決業者須負賠償責任。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: ranking a thing by a value word (是…最實在的) is a claim; a measured superlative is a report", "[rules][zh]") {
  const auto doc = run("夜間公車是通勤族最實在的幫助。台北是全台人口最多的城市。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 可以先做兩件事 offers the author's steps, a claim; things done (做了兩件事) are a report", "[rules][zh]") {
  const auto doc = run("要讓夜市留得住人，攤商可以先做兩件事。志工上週在河堤做了兩件事。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: a city or a society taken in general (一座城市的溫度) is the author's generalisation; a counted city is a report", "[rules][zh]") {
  const auto doc = run("一個社會如何對待老人，決定了它的未來。全台只有一座城市的空氣品質達標。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 越V越 (越蓋越多) characterises a runaway trend, a claim; 越來越多 and 越過 measure or move", "[rules][zh]") {
  const auto doc = run("河濱的停車場越蓋越多。今年來台的遊客越來越多。選手越過終點線後倒地。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::report);
}

TEST_CASE("zh types: a pattern repeated (年年) set against what fails to follow with 卻 is the author's antithesis; a plain contrast of facts is a report", "[rules][zh]") {
  const auto doc = run("塞車的路段年年增加，市府的對策卻始終是那一套。颱風年年來襲，今年的雨量卻只有往年一半。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: granting that something is acceptable (說得過去, 無可厚非) is the author's verdict; a report with no verdict stays a report", "[rules][zh]") {
  const auto doc = run("業者想多賺一點，也說得過去。業者去年多賺了一成。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: casting a service as 一門生意 is the author's metaphor, a claim; a course opened (一門課) is a report", "[rules][zh]") {
  const auto doc = run("市府把運動中心當成了一門生意。這所大學下學期新開了一門課。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: others' practice offered as a model (可以作為參考, 可借鑑) is the author's recommendation; a website for reference is a report", "[rules][zh]") {
  const auto doc = run("鄰近縣市的做法可以作為參考。市府上週架設了查詢網站。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 就多一分/就少一分 is the author's proportional reasoning, a claim; one more minute (一分鐘) is a report", "[rules][zh]") {
  const auto doc = run("路燈多亮一小時，行人就多一分安全。比賽延長後，他就多跑了一分鐘。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh attributions: 也有業者認為，… brings in a real speaker (source 業者); 也有人會說 is a would-be speaker, a claim", "[rules][zh]") {
  const auto doc = run("當然，也有店家認為，延長營業只會增加人事成本。當然，也有人會說，市場早就沒人去了。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  REQUIRE(doc.attributions.size() == 1);
  REQUIRE(doc.attributions[0].source);
  CHECK(str(doc, *doc.attributions[0].source) == "店家");
  CHECK(str(doc, doc.attributions[0].cue) == "認為");
}

TEST_CASE("zh types: reducing a measure to 一紙通知 is the author's dismissive verdict; a paper issued (發出一紙公文) is a report", "[rules][zh]") {
  const auto doc = run("新規上路後只剩一紙公告。市府昨天發出一紙公文。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 看的是X，卻不看Y sets what a measure counts against what it leaves out, a claim; 卻不到一年 reports a time", "[rules][zh]") {
  const auto doc = run("補助審查看的是申請書，卻不看實際成效。他買的是二手車，卻不到一年就賣掉了。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: the root of a problem named (根子, 部分源於) is the author's diagnosis; a decision that 源於 a complaint is a report", "[rules][zh]") {
  const auto doc = run("塞車的困境，一半源於號誌設計。這項調整源於上月的一起陳情。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 這樣的X，…相當普遍 generalises from the case just told, a claim; 這樣的安排 put into effect is a report", "[rules][zh]") {
  const auto doc = run("這樣的抱怨，在夜班護理師之間相當普遍。這樣的安排，從下月起實施。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh attributions: 依照《…》，… / 依照該法，… states the terms of a text: a report; 根據《…》的調查 still cites a source", "[rules][zh]") {
  const auto doc = run("依照《停車管理辦法》，違規車輛須於三日內移置。依照該法，未登記的工廠應予斷電。根據《天下雜誌》的調查，三成企業今年調薪。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::attribution);
}

TEST_CASE("zh types: an idiom that carries a verdict (缺一不可, 走過場) makes the author's claim; a plain account stays a report", "[rules][zh]") {
  const auto doc = run("經費與人力，兩者缺一不可。稽查員每月到場一次，每次停留半天。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: calling a fact good news (是一個好消息) is the author's verdict, a claim; 好事者 (busybodies) counted is a report", "[rules][zh]") {
  const auto doc = run("鐵路局恢復這班夜車，是一個好消息。車站前圍觀的好事者有十幾人。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: a way forward named (比較可行的辦法，是…) is the author proposing, a claim; 另一個做法 tried somewhere is a report", "[rules][zh]") {
  const auto doc = run("比較可行的辦法，是讓學校錯開放學時間。另一個做法則在台南試行了三個月。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 卻一直/卻一再 sets a lasting failure against what was done, a claim; 卻一直未落網 (not yet happened) is a report", "[rules][zh]") {
  const auto doc = run("站牌換了三次，候車的人卻一直被晾在雨裡。警方追查兩年，嫌犯卻一直未落網。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 既是A，也是B gives one thing two meanings, a claim; a person's two roles (是教師，也是家長) is a report", "[rules][zh]") {
  const auto doc = run("一座公廁，既是旅客的方便，也是城市的門面。林老師是村裡的教師，也是兩個孩子的家長。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: the reader as discoverer (細看…就會發現，…) is the author's inference, a claim; a study that found (追蹤三年後發現，…) is an attribution", "[rules][zh]") {
  const auto doc = run("翻開這份預算書就會發現，維修經費被挪去辦活動。研究團隊追蹤三年後發現，夜間事故多在路口。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.attributions.size() == 1);
}

TEST_CASE("zh attributions: the author conceding (必須承認，…) reports no one's words, a claim; a speaker's admission (站長也承認，…) is an attribution", "[rules][zh]") {
  const auto doc = run("必須承認，鄉下的公車不好經營。站長也承認，公車班次去年減少了兩成。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::attribution);
  CHECK(doc.attributions.size() == 1);
}

TEST_CASE("zh types: 同樣 then a short verdict (處境同樣辛苦。) compares one side with another, a claim; a neighbour that did the same (同樣調漲了票價) is a report", "[rules][zh]") {
  const auto doc = run("夜班司機的處境同樣辛苦。鄰近的新竹縣同樣調漲了票價。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: what a thing was meant to be (本意，是…; 本來就…) set against its use is the author's claim; 樣本來自… holds no such word and is a report", "[rules][zh]") {
  const auto doc = run("設置候車亭的本意，是讓老人少淋一點雨。樣本來自三個縣市的兩百戶家庭。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: denying a stock characterisation (也不是萬靈丹, 早已不是新聞) is the author's verdict, a claim; 不是新聞系畢業 is a report", "[rules][zh]") {
  const auto doc = run("外送平台也不是萬靈丹。他不是新聞系畢業的。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: pointing to others who lead the way (已經走在前面, 嘗試另一條路) is the author introducing examples, a claim; a road taken (改走另一條路) is a report", "[rules][zh]") {
  const auto doc = run("幾所偏鄉學校已經走在前面。颱風過後，車隊改走另一條路。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 總該…/總要有人… is the author's 'surely must', a claim; a total (總得分) is a report", "[rules][zh]") {
  const auto doc = run("票價漲了，總該讓乘客知道錢用在哪裡。他的總得分是八十七分。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: a public body that 可以 do something (縣府可以先把…) is the author proposing, a claim; a power a new rule grants (新制上路後，地方政府可以…) is a report", "[rules][zh]") {
  const auto doc = run("縣府可以先把閒置的校舍改成托育中心。新制上路後，地方政府可以自行調整補助額度。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: 只能 after a dated or suffered event (上月被洪水沖斷，村民只能繞道) tells what people had to do, a report; 只能 in the author's conditional stays a claim", "[rules][zh]") {
  const auto doc = run("那座橋上月被洪水沖斷，村民只能繞道二十公里。如果橋再不修，村民只能繼續繞道。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::claim);
}

TEST_CASE("zh attributions: a real group's complaint (不少乘客反映，…) is an attribution; 這反映出… is the author's inference, a claim", "[rules][zh]") {
  const auto doc = run("不少乘客反映，新站的指標很難看懂。這反映出偏鄉交通的困境。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::attribution);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  REQUIRE(doc.attributions.size() == 1);
  CHECK(str(doc, doc.attributions[0].cue) == "反映");
  CHECK(str(doc, doc.attributions[0].content) == "新站的指標很難看懂");  // indirect content ends before 。
}

TEST_CASE("zh types: calling a thing a small matter (修一段人行道是一件小事) is the author's characterisation, a claim; 是個小事務所 (a small office) is a report", "[rules][zh]") {
  const auto doc = run("修一段人行道是一件小事。他上班的地方是個小事務所。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}

TEST_CASE("zh types: the terms of the rule in force (依照現行編制，…; 按照现行政策，…只能…) are a report, neither a source nor the author's modal; a turn after them (但…顯然…) is the author's claim and 根據X統計 still cites a source", "[rules][zh]") {
  const auto doc = run(
      "依照現行編制，每座公園只配置一名管理員。"
      "按照现行政策，外地学生只能就读民办学校。"
      "依照現行規定，申請補助要等三個月，但這樣的等待顯然太長了。"
      "根據主計總處統計，失業率為3.4%。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::report);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(doc.sentences[3].type == SentenceType::attribution);
}

TEST_CASE("zh types: naming who ends up paying in a cleft (停車費一漲，最終買單的還是住戶) is the author's verdict, a claim; a cost borne told plainly (最後由市府買單) and a literal harm (最後受傷的是一名後衛) are reports", "[rules][zh]") {
  const auto doc = run("停車費一漲，最終買單的還是住戶。這筆補貼最後由市府買單。那場比賽最後受傷的是一名後衛。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::report);
}

TEST_CASE("zh types: granting that a hardship or worry is real (攤販的苦衷也是真實的, 居民的擔憂是真實存在的) is the author's concession, a claim; a document found genuine (這份合約是真實的) is a report", "[rules][zh]") {
  const auto doc = run("攤販的苦衷也是真實的。居民的擔憂是真實存在的。這份合約是真實的。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::report);
}

TEST_CASE("zh types: casting a thing as a figure after 是…的 (公車是城市的血管) is the author's metaphor, a claim; a route's start (路線的起點是火車站) and a word that goes on (門面房) are reports", "[rules][zh]") {
  const auto doc = run("公車是城市的血管。這條路線的起點是火車站。他家是那條街的門面房。");
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
  CHECK(doc.sentences[2].type == SentenceType::report);
}

TEST_CASE("zh types: ranking the points (更嚴重的問題在人手; 更重要的是，…) or pointing at the crux (問題正在這兒) is the author's signpost, a claim; a problem that happened somewhere (問題就在這時發生了) is a report", "[rules][zh]") {
  const auto doc = run("更嚴重的問題在人手。更重要的是，車站離市區有八公里。問題正在這兒。問題就在這時發生了。");
  REQUIRE(doc.sentences.size() == 4);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::claim);
  CHECK(doc.sentences[2].type == SentenceType::claim);
  CHECK(doc.sentences[3].type == SentenceType::report);
}

TEST_CASE("zh types: a place that took another road, closing its clause (鄰近的港灣市走了另一條路), is the author's example to follow, a claim; a detour (走了另一條路回到市區) is a report", "[rules][zh]") {
  const auto doc = run("鄰近的港灣市走了另一條路。車隊走了另一條路回到市區。");
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.sentences[0].type == SentenceType::claim);
  CHECK(doc.sentences[1].type == SentenceType::report);
}
