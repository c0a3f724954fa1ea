/**
 * Endings said in a game's words (after round 19): a last save and a logout "for good" with no
 * game named, a life's reset button pressed "tonight", and a farewell posted as a joke. Games,
 * servers and jokes must stay ordinary; the same words with a means or "not joking" must stay a
 * crisis. Fresh wordings, not round 19's own.
 */
import { describe, expect, it } from "vitest";
import { assessRules, normalizeMessage } from "../../src/safety/check.js";
import { assessRisk } from "../../src/safety/index.js";

const level = (text: string) => assessRisk(text).level;
/** The rules alone: for near misses that the learned layer raises on main as well. */
const rulesLevel = (text: string) => assessRules(normalizeMessage(text)).level;

describe("a last save and a logout for good", () => {
  it.each([
    "last save is done. logging off forever. thank you all",
    "最後のセーブ完了。もう電源を入れることはありません",
  ])("%s is a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    "final save done, the server wipes tomorrow. logging off for good, gg",
    "最後のセーブした。引退するからもうログインすることない",
  ])("%s is not a crisis by the rules", (text) => {
    expect(rulesLevel(text)).not.toBe("crisis");
  });
});

describe("a life's reset button, and a day", () => {
  it("is a crisis", () => {
    expect(level("もう無理。人生の強制終了する。明日")).toBe("crisis");
  });
  it("a fresh start is not", () => {
    expect(rulesLevel("転職して人生リセットする。来月から")).not.toBe("crisis");
  });
});

describe("a joke farewell in a group chat", () => {
  it("off to dinner with a laugh is ordinary", () => {
    expect(level('posted "goodbye cruel world" and went afk to eat lunch lmao')).toBe("none");
  });
  it("with a means, or meant, it stays a crisis", () => {
    expect(level("goodbye cruel world lol. off to eat the pills")).toBe("crisis");
    expect(level("farewell cruel world. not joking this time, off to eat then the bridge")).toBe(
      "crisis",
    );
  });
});

describe("a game's ending said of a life", () => {
  it.each([
    "out of lives irl. logging off forever tonight",
    "現実のゲームオーバーにする。明日",
    "game over irl. tonight. not a joke",
  ])("%s is a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
  it.each([
    "game over irl when my dad sees this report card lmao",
    "ステージ3でコンティニューしない縛り、今日",
  ])("%s is not a crisis by the rules", (text) => {
    expect(rulesLevel(text)).not.toBe("crisis");
  });
});

describe("logging out of everything", () => {
  it("is a crisis said of more than the game", () => {
    expect(level("quitting the clan. not only this game, signing off from it all")).toBe("crisis");
  });
  it("with a means beside a hack, it stays a crisis", () => {
    expect(level("got hacked whatever. logging out of everything, the pills are ready")).toBe(
      "crisis",
    );
  });
  it("an account hacked is not, by the rules", () => {
    expect(
      rulesLevel("logging out of everything, not just the game, someone hacked my accounts"),
    ).not.toBe("crisis");
  });
});
