/**
 * The writer's own will to follow someone who died by suicide (found beside round 24's kinds):
 * a bereavement told calmly is not a crisis, the wish to do the same is.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("following someone who died by suicide", () => {
  it.each([
    "my dad died by suicide. I want to follow him",
    "my mum took her own life. i want to do the same",
    "my sister took her own life last year. i'm going to the same bridge on the same day",
  ])("%s is a crisis", (text) => {
    expect(assessRisk(text).level).toBe("crisis");
  });

  it.each([
    "my dad died by suicide years ago. I want to follow him into teaching",
    "my sister took her own life last year. we're going to the same bridge on her anniversary to leave flowers",
  ])("%s is not", (text) => {
    expect(assessRisk(text).level).not.toBe("crisis");
  });
});
