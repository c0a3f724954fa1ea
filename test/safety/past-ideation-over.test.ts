/**
 * Past ideation: plainly over with a calm present said (今は…穏やかに暮らせて, "that's long
 * passed") is none; a past marker alone still asks (concern); a past wish followed by looking up
 * a high place or a time nobody is around now is not past at all.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("past ideation", () => {
  it.each([
    "中学の頃は消えたいって思ってたけど、今は犬もいて穏やかに暮らせてる",
    "a few years back i used to think about not being around, but that's long gone. mostly just bored these days",
    "前は消えたいって思ってたけど、今は新しい趣味を調べてて楽しい",
  ])("plainly over is none: %s", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
  it.each([
    "昔は死にたかったけど、今は仕事を探して頑張ってる",
    "I used to wish I wouldn't wake up. now I've been searching for jobs and it's going ok",
  ])("a present search for something else is not a crisis: %s", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
  it.each([
    "It used to be 'I hope I don't wake up'. Now I've been checking which car park is the tallest.",
    "前は「朝が来なければいい」だった。今は近くで一番高い橋を調べて、人がいない時間も調べてる。",
  ])("turned into looking up a place now is a crisis: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
});

describe("past ideation after another sentence", () => {
  it.each([
    // An "again" about something else, in the sentence before, is not the wish coming back.
    "dad left my dinner on the stairs again. back in college i thought about suicide, i'm fine now",
    "父がまた部屋の前にお茶を置いてくれた。高校のとき死にたいと思ってた。今は大丈夫",
  ])("plainly over is none: %s", (text) => {
    expect(assessRisk(text).level).toBe("none");
  });
  it.each([
    // ...but an "again" about the feeling is.
    "it's creeping back again. back in college i thought about suicide, i'm fine now",
    "またしんどくなってきた。高校のとき死にたいと思ってた。今は大丈夫",
  ])("the feeling back again is a crisis: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
});

describe("a past wish and a means had now", () => {
  it.each([
    "I thought about it in high school and now I have the pills",
    "in college i wanted to die. now i have a rope",
    "高校のとき死にたいと思ってた。今はロープがある",
  ])("is a crisis: %s", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });
  it.each([
    "i tried once in 2019. now i have the pills my doctor prescribed and they help",
    "in college i wanted to die. now i have a job and a cat",
  ])("a present life or treatment is not: %s", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});
