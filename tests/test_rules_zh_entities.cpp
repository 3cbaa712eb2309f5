// The shipped zh pack's entity rules (rules/zh/entities.rules) on small hand-written
// texts, in both scripts: the names each rule must find and the words it must leave alone.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "tests/shipped.hpp"

using namespace argmap;

namespace {

Document run(const std::string& text) { return testing::analyze_shipped(text); }

using testing::entity_named;

std::vector<std::string> names(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.entities) out.push_back(e.name);
  return out;
}

}  // namespace

TEST_CASE("zh entities: a titled person whose verb is not right after the name", "[rules][zh][entities]") {
  const auto doc = run(
      "市交通局副局长柯明远在记者会上介绍，新线年底通车。"
      "協會秘書長龔佳穎上週三表示，會員增加。"
      "科長閔志浩本週一回應稱，已收到陳情。");
  const Entity* ke = entity_named(doc, "柯明远");  // Simplified text
  REQUIRE(ke);
  CHECK(ke->title == std::optional<std::string>("副局长"));
  const Entity* gong = entity_named(doc, "龔佳穎");
  REQUIRE(gong);
  CHECK(gong->title == std::optional<std::string>("秘書長"));
  CHECK(entity_named(doc, "閔志浩"));
  CHECK_FALSE(entity_named(doc, "柯明远在"));
}

TEST_CASE("zh entities: role words that are no offices make a title before a name", "[rules][zh][entities]") {
  const auto doc = run(
      "退休职工邢玉梅告诉笔者，楼道漏水。"
      "區域經理蒲志成坦言，成本上升。"
      "村民莫德昌在电话中告诉记者，选票没收到。"
      "網約車司機尤文彬（Yu Wen-pin）說，油價太高。");
  REQUIRE(entity_named(doc, "邢玉梅"));
  CHECK(entity_named(doc, "邢玉梅")->title == std::optional<std::string>("退休职工"));
  REQUIRE(entity_named(doc, "蒲志成"));
  CHECK(entity_named(doc, "蒲志成")->title == std::optional<std::string>("區域經理"));
  CHECK(entity_named(doc, "莫德昌"));
  CHECK(entity_named(doc, "尤文彬"));  // a glossed name: the role is cut off it
  CHECK_FALSE(entity_named(doc, "網約車司機尤文彬"));
}

TEST_CASE("zh entities: a person introduced by age, or by what they do, speaking", "[rules][zh][entities]") {
  const auto doc = run(
      "45岁的祝春燕以980票当选主任。"
      "在城南开了十年面馆的鲍国良说，生意难做。"
      "住在山區的溫秀琴今年80歲，每週看診。");
  CHECK(entity_named(doc, "祝春燕"));
  CHECK(entity_named(doc, "鲍国良"));
  CHECK(entity_named(doc, "溫秀琴"));
}

TEST_CASE("zh entities: a role word inside a body's name cuts nothing", "[rules][zh][entities]") {
  const auto doc = run(
      "台南市藥師公會理事長柯文德表示，藥價太低。"
      "北岸省消费者权益保护委员会昨天公布投诉数据。");
  CHECK(entity_named(doc, "台南市藥師公會"));
  CHECK_FALSE(entity_named(doc, "公會"));
  CHECK(entity_named(doc, "柯文德"));
  CHECK(entity_named(doc, "北岸省消费者权益保护委员会"));
  CHECK_FALSE(entity_named(doc, "权益保护委员会"));
}

TEST_CASE("zh entities: no person from a title without a name, a setting or a common noun",
          "[rules][zh][entities]") {
  const auto doc = run(
      "局长在会上介绍，新线年底通车。"
      "对于领基本工资的劳工来说，涨幅太小。"
      "副局長私下坦言，很難。"
      "記者在現場看到，人很多。"
      "他们选择的方式是投票。"
      "店主今年不打算涨价。");
  INFO(Catch::Detail::stringify(names(doc)));
  CHECK(doc.entities.empty());
}

TEST_CASE("zh entities: a body after a dateline, with the short form used below, and its own name under a ministry",
          "[rules][zh][entities]") {
  const auto doc = run(
      "（本报记者）青山市公共交通集团有限公司（以下简称“青山公交”）昨日宣布，票价不变。青山公交表示，线路照常。"
      "經濟部林務署昨天宣布新制。林務署表示，將加強巡查。"
      "雲州市民政局9日公布數據。");
  const Entity* bus = entity_named(doc, "青山市公共交通集团有限公司");  // Simplified text
  REQUIRE(bus);
  CHECK(bus->aliases == std::vector<std::string>{"青山公交"});
  const Entity* forest = entity_named(doc, "經濟部林務署");
  REQUIRE(forest);
  CHECK(forest->aliases == std::vector<std::string>{"林務署"});  // used alone in the next sentence
  CHECK(entity_named(doc, "雲州市民政局"));  // 政局 alone is no body; 民政局 is
}

TEST_CASE("zh entities: local bodies after their town, the town next door, councils, quoted brands",
          "[rules][zh][entities]") {
  const auto doc = run(
      "北河縣體育中心去年停業。"
      "邻近的柳川县去年推行新制。"
      "監察院去年一份報告指出，問題嚴重。"
      "外送平台「快達」宣布調漲抽成。");
  CHECK(entity_named(doc, "北河縣體育中心"));
  CHECK(entity_named(doc, "柳川县"));
  CHECK(entity_named(doc, "監察院"));
  CHECK(entity_named(doc, "快達"));
}

TEST_CASE("zh entities: no body from a verb phrase, a determiner, a kind of place or a longer body's start",
          "[rules][zh][entities]") {
  const auto doc = run(
      "數十名家長聚集在市政府前。"
      "據該局統計，人數增加。"
      "這件事由一家公司承包。"
      "乡镇卫生院留不住人。"
      "接近市中心的地段很貴。"
      "邻近几座城市也一样。"
      "一位不願具名的村幹部坦言，經費不足。");
  INFO(Catch::Detail::stringify(names(doc)));
  CHECK(doc.entities.empty());  // not 聚集在市政府, 該局, 一家公司, 乡镇卫生院, 接近市中心, 几座城市, 村幹部
  const auto more = run("根據行政院主計總處統計，薪資成長。");
  CHECK_FALSE(entity_named(more, "行政院"));
  CHECK(entity_named(more, "行政院主計總處"));
}

TEST_CASE("zh entities: a body named right before its titled person, whatever its ending", "[rules][zh][entities]") {
  const auto doc = run(
      "北辰汽車董事長龔志遠昨天宣布擴廠。"
      "青山夜跑团团长鲁浩然在会上说，要守规矩。"
      "體育局長柯志明答詢時表示，會再檢討。"
      "社區居委會主任盧志明說，好。"
      "東港仁心醫院急診部主任黃大明指出，病床不足。");
  INFO(Catch::Detail::stringify(names(doc)));
  CHECK(entity_named(doc, "北辰汽車"));
  CHECK(entity_named(doc, "龔志遠"));
  CHECK(entity_named(doc, "青山夜跑团"));  // Simplified text
  CHECK(entity_named(doc, "鲁浩然"));
  CHECK(entity_named(doc, "柯志明"));  // 答詢 ends the name
  CHECK(entity_named(doc, "盧志明"));
  CHECK_FALSE(entity_named(doc, "社區居委會"));  // a kind of body, not one
  CHECK_FALSE(entity_named(doc, "東港仁心醫院急診部"));  // a hospital's ward is no body of its own
}
