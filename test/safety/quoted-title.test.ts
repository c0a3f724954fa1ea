/**
 * A quotation of several sentences named as a work right after it ("「…。…」って曲"): the
 * title override reads the words after the closing mark, not only the sentence of the match.
 */
import { describe, expect, it } from "vitest";
import { assessRisk } from "../../src/safety/index.js";

describe("a quoted work of several sentences", () => {
  it("is a title whichever of its sentences holds the risk words", () => {
    expect(assessRisk("「lying in the tub with a blade. not sure yet」って曲").level).toBe("none");
    expect(assessRisk("「橋の上に来てる。下見てる」って曲").level).toBe("none");
    expect(assessRisk("「もう無理。死にたい。」という曲が好き").level).toBe("none");
  });

  it("is not a title when the quotation was said to someone, whatever comes later", () => {
    expect(
      assessRisk("「もう死にたい。疲れた」って母に言ったら、映画見すぎって笑われた").level,
    ).toBe("crisis");
    expect(assessRisk("「死にたい。」って送った。返事ない").level).toBe("crisis");
  });
});
