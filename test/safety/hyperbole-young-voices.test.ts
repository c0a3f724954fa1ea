/**
 * Young voices' hyperbole (after round 19): "kms" and "kill me" with a task or lag named as the
 * cause and a laugh, "I'm so dead" for a test, melting into a warm futon or blanket, self-harm
 * long over told with pride. Each must stay ordinary; the same words with a means, "not joking",
 * or with no cosy or everyday reason beside them must stay what they were. Fresh wordings, not
 * round 19's own.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

const level = (text: string) => assessRisk(text).level;

describe("kms and 'kill me' at a task, with a laugh", () => {
  it.each([
    "kms this group project is a nightmare lmao",
    "kill me now this queue is 2 hours long",
    "まじ殺してくれ、この宿題",
  ])("%s is not a crisis", (text) => {
    expect(level(text)).not.toBe("crisis");
  });
  it.each([
    "kms this assignment lol. not joking, i have the rope",
    "kms lol",
    "いま自殺したい",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("'I'm so dead' for a test or a parent", () => {
  it.each([
    "im so dead, forgot my maths homework again",
    "im literally dead if my dad sees this",
  ])("%s is ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it("'dead inside' is not made ordinary by a parent named after it", () => {
    expect(level("i am so dead inside, my mum doesnt even notice")).not.toBe("none");
  });
});

describe("melting into something warm", () => {
  it.each([
    "こたつに溶けて消えたい…ぽかぽか",
    "i want to disappear into your comfy hoodie, so warm",
  ])("%s is ordinary", (text) => {
    expect(level(text)).toBe("none");
  });
  it.each([
    "毛布にくるまって消えたい。もう何もかも疲れた",
    "i want to disappear into this blanket forever and never wake up",
    // Sinking in a bath is a way to drown, and heaven is where the dead go: not cosiness.
    "湯船に沈んで消えたい…気持ちいい",
    "布団に溶けて消えたい…天国に行けるかな",
    "お風呂で消えたい。極楽に行きたい",
  ])("%s stays a crisis", (text) => {
    expect(level(text)).toBe("crisis");
  });
});

describe("self-harm long over, told with pride", () => {
  it("is ordinary", () => {
    expect(level("i used to cut in high school. 5 years clean now and proud of it")).toBe("none");
  });
  it("a relapse stays a crisis", () => {
    expect(level("i used to cut in high school. i was 5 years clean but i cut again tonight")).toBe(
      "crisis",
    );
  });
});
