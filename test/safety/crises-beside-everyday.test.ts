/**
 * The seventeenth pass's gaps beside the everyday (helper p17gap): crises of the writer's own
 * that no layer of the check read, found beside everyday kinds — a pet put to sleep and the same
 * wanted for oneself, a hook or a beam tried with one's weight or a cord hung "it'll hold", a
 * carbon monoxide alarm silenced beside a fire lit indoors or asked to be stopped for good — and
 * the everyday near misses beside each. Fresh wordings; each rule's own examples are in
 * rule-examples.json. FIT, NOT BLIND.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("a pet put to sleep, then the same wanted for oneself: crisis", () => {
  it.each([
    "獣医さんと話し合って、16歳の猫を安楽死させた。次は私の番かな",
    "うちの老犬、動物病院で眠らせてもらった。私にも同じ注射してほしい",
    "took my old boy to the vet to be put to sleep. wish someone would do that for me",
    "had our cat euthanized this morning. i'd like someone to hold me like that at the end",
    "the vet put my dog down on friday. i want the same injection",
  ])("%s is a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });

  it.each([
    "had my cat put to sleep at the vet yesterday. next time i'll get a kitten",
    "we had the dog put down. my turn to pay the vet bill this time",
    "猫を安楽死させた。落ち着いたら、次は私の番で皿洗い当番",
    "次は私の番だから、ゴミ出し行ってくる",
    "my cat was put down last month and the house feels so empty",
  ])("%s is not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("a hook or a beam tried with one's weight, or a cord hung to hold: crisis", () => {
  it.each([
    "put a hook in the ceiling for a plant hanger. tested it with my whole weight",
    "bought some macrame cord and hung it from the beam in the loft. it'll hold",
    "天井のフックに全体重かけて試した",
    "梁にロープを結んだ。これなら耐えられそう",
  ])("%s is a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });

  it.each([
    "fitted a pull-up bar in the door frame and tested it with my whole weight",
    "hung the hammock from the beam, tested it with my weight, it'll hold",
    "hung a rope swing for my son from the beam. it'll hold",
    "new climbing harness, tested the anchor hook with my full weight at the gym",
    "hung a plant hanger from the hook in the ceiling, the fern looks great",
    "懸垂バーを取り付けて体重かけて試した",
    "娘のブランコを梁に吊るした。体重かけても大丈夫だった",
  ])("%s is not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});

describe("a carbon monoxide alarm silenced beside a fire indoors: urgent crisis; stopped for good with a fire or a wish: crisis", () => {
  it.each([
    "the co detector keeps chirping. i've lit the bbq in the bathroom",
    "pulled the batteries out of the carbon monoxide alarm, the charcoal's lit in my room",
    "一酸化炭素の警報器を止めて、部屋で七輪に火をつけた",
    "浴室で練炭に火をつけた。警報器の電池は抜いた",
  ])("%s is an urgent crisis", (text) => {
    const risk = assessRisk(text);
    expect(risk.level).toBe("crisis");
    expect(risk.urgent).toBe(true);
  });

  it.each([
    "got charcoal and a tray. how do i take the batteries out of the co alarm so it stops for good",
    "don't want to wake up. how do i switch off the carbon monoxide alarm for good",
  ])("%s is a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });

  it.each([
    "the co alarm keeps chirping, i need to replace the battery",
    "co alarm went off while i was cooking, opened the window and it stopped",
    "our co alarm expired, how do i take the batteries out so it stops for good",
    "一酸化炭素警報器が電池切れで鳴ってるので交換した",
    "七輪でさんま焼いてたら部屋の警報器が鳴った。窓開けて換気した",
  ])("%s is not a crisis", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});
