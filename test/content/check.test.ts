/**
 * `komorebi content check`: the shipped content passes with no findings, and every rule fires on
 * a small broken fixture (an in-memory Content, so a fixture reads as the mistake it shows).
 */
import { describe, expect, it } from "vitest";
import { checkContent, type Finding } from "../../src/content/check.js";
import type { Content } from "../../src/content/content.js";
import { flowToMermaid } from "../../src/content/graph.js";
import { loadContent } from "../../src/content/load.js";
import {
  type CommandName,
  commandNames,
  type Flow,
  type FlowNode,
  type LocalizedText,
  type RegionResources,
  type SystemContent,
  systemTextKeys,
} from "../../src/content/schema.js";

const t = (ja: string, en: string): LocalizedText => ({ ja, en });

function flow(id: string, start: string, nodes: Record<string, FlowNode>): Flow {
  return { id, title: t(`${id}のタイトル`, `${id} title`), start, nodes };
}

/** A tiny content set that passes every check; each test breaks one thing in a fresh copy. */
function validContent(): Content {
  const system: SystemContent = {
    locales: ["ja", "en"],
    defaultLocale: "ja",
    localeNames: { ja: "日本語", en: "English" },
    entry: {
      welcome: "@welcome",
      menu: "@menu",
      crisis: "@safety.crisis",
      concern: "@safety.concern",
      dangerAtHome: "@safety.danger",
      safetyCheckIn: "@safety.check-in",
    },
    commands: Object.fromEntries(
      commandNames.map((name): [CommandName, SystemContent["commands"][CommandName]] => [
        name,
        name === "help"
          ? { next: "@help", words: { ja: ["ヘルプ"], en: ["help"] } }
          : { words: { ja: [`${name}する`], en: [name] } },
      ]),
    ) as SystemContent["commands"],
    doneWords: { ja: ["以上"], en: ["that's all"] },
    acknowledgements: [
      t("書いてくれてありがとうございます。", "Thank you for writing that."),
      t("教えてくれてありがとうございます。", "Thank you for telling me."),
    ],
    texts: Object.fromEntries(
      systemTextKeys.map((key) => [key, t("わかりました。", "Okay.")]),
    ) as SystemContent["texts"],
  };
  const flows = [
    flow("welcome", "hello", {
      hello: { type: "say", text: t("こんにちは。", "Hello."), next: "@menu" },
    }),
    flow("menu", "main", {
      main: {
        type: "ask",
        text: t("どうしましょうか。", "What would you like to do?"),
        choices: [
          { id: "topic", label: t("話題", "A topic"), next: "@topic" },
          { id: "bye", label: t("おわり", "Goodbye"), next: "bye" },
        ],
        skip: "bye",
      },
      bye: { type: "end", text: t("またどうぞ。", "See you.") },
    }),
    flow("topic", "intro", {
      intro: { type: "say", text: t("話題です。", "A topic."), next: "question" },
      question: {
        type: "ask",
        text: t("続けますか。", "Go on?"),
        choices: [{ id: "back", label: t("戻る", "Back"), next: "@return" }],
        skip: "@return",
      },
      note: {
        type: "input",
        text: t("書いてください。", "Write anything."),
        next: "@return",
        skip: "@return",
      },
    }),
    flow("help", "words", {
      words: { type: "say", text: t("使い方です。", "How it works."), next: "@return" },
    }),
    flow("safety", "crisis", {
      crisis: { type: "resources", kind: "crisis", next: "@return" },
      concern: { type: "say", text: t("大丈夫ですか。", "Are you okay?"), next: "@return" },
      danger: { type: "resources", kind: "emergency", next: "@return" },
      "check-in": {
        type: "ask",
        text: t("いまはどうですか。", "How are you now?"),
        choices: [{ id: "ok", label: t("大丈夫", "Okay"), next: "@return" }],
        skip: "@return",
      },
    }),
  ];
  // Make `note` reachable: the topic question offers it.
  const topic = flows.find((f) => f.id === "topic")!;
  const question = topic.nodes.question as Extract<FlowNode, { type: "ask" }>;
  question.choices.push({ id: "note", label: t("書く", "Write"), next: "note" });

  const fallback: RegionResources = {
    region: "XX",
    name: t("その他の地域", "Other regions"),
    emergency: [],
    crisis: [
      {
        name: t("相談窓口", "A helpline"),
        url: "https://findahelpline.com/",
        hours: t("24時間", "24 hours"),
        checked: "2026-01-01",
      },
    ],
    support: [],
  };
  return {
    dir: "(fixture)",
    system,
    flows: new Map(flows.map((f) => [f.id, f])),
    resources: new Map([["XX", fallback]]),
    files: new Map(flows.map((f) => [f.id, `flows/${f.id}.yaml`])),
  };
}

/** A fresh valid content with one flow's nodes changed. */
function broken(flowId: string, change: (nodes: Record<string, FlowNode>) => void): Content {
  const content = validContent();
  const target = content.flows.get(flowId);
  if (!target) throw new Error(`no flow ${flowId}`);
  change(target.nodes);
  return content;
}

const ask = (nodes: Record<string, FlowNode>, id: string) =>
  nodes[id] as Extract<FlowNode, { type: "ask" }>;

/** The findings of a rule, as `file: path` strings, so a failure shows where. */
const found = (findings: Finding[], rule: string) =>
  findings.filter((finding) => finding.rule === rule).map((f) => `${f.file}: ${f.path}`);

describe("the shipped content", () => {
  it("passes every check with no findings", async () => {
    const content = await loadContent(undefined, { schemaOnly: true });
    const findings = checkContent(content).map(
      (f) => `${f.severity} ${f.rule}: ${f.file}: ${f.path}: ${f.message}`,
    );
    expect(findings).toEqual([]);
  });

  it("draws every flow as a Mermaid diagram, in every locale", async () => {
    const content = await loadContent(undefined, { schemaOnly: true });
    for (const flow of content.flows.values()) {
      for (const locale of content.system.locales) {
        const diagram = flowToMermaid(content, flow.id, locale);
        expect(diagram).toContain("flowchart TD");
        for (const node of Object.keys(flow.nodes)) {
          expect(diagram, `${flow.id}.${node}`).toContain(`${flow.id}_${node}`.replace(/-/g, "_"));
        }
      }
    }
  });
});

describe("each rule fires on a broken fixture", () => {
  it("the fixture itself is clean", () => {
    expect(checkContent(validContent())).toEqual([]);
  });

  it("unknown target", () => {
    const content = broken("menu", (nodes) => {
      ask(nodes, "main").choices[0]!.next = "@nowhere";
    });
    expect(found(checkContent(content), "unknown-target")).toContain(
      "flows/menu.yaml: nodes.main.choices.0.next",
    );
  });

  it("unreachable node", () => {
    const content = broken("topic", (nodes) => {
      nodes.orphan = {
        type: "say",
        text: t("誰も来ません。", "No one comes here."),
        next: "@menu",
      };
    });
    expect(found(checkContent(content), "unreachable")).toEqual(["flows/topic.yaml: nodes.orphan"]);
  });

  it("dead end", () => {
    const content = broken("topic", (nodes) => {
      nodes.trap = {
        type: "ask",
        text: t("もう一度？", "Again?"),
        choices: [{ id: "again", label: t("もう一度", "Again"), next: "trap" }],
        skip: "trap",
      };
      ask(nodes, "question").choices.push({ id: "trap", label: t("罠", "Trap"), next: "trap" });
    });
    expect(found(checkContent(content), "dead-end")).toEqual(["flows/topic.yaml: nodes.trap"]);
  });

  it("missing translation", () => {
    const content = broken("topic", (nodes) => {
      nodes.intro = { type: "say", text: { ja: "日本語だけです。" }, next: "question" };
    });
    const findings = checkContent(content);
    expect(found(findings, "missing-translation")).toEqual(["flows/topic.yaml: nodes.intro.text"]);
    expect(findings.find((f) => f.rule === "missing-translation")?.message).toContain('"en"');
  });

  it("label over 20 characters, in English and in Japanese (counted in characters)", () => {
    const content = broken("menu", (nodes) => {
      ask(nodes, "main").choices[0]!.label = t(
        "あいうえおかきくけこさしすせそたちつてとな", // 21 characters
        "Twenty-one characters", // 21 characters
      );
    });
    expect(found(checkContent(content), "label-length")).toEqual([
      "flows/menu.yaml: nodes.main.choices.0.label.ja",
      "flows/menu.yaml: nodes.main.choices.0.label.en",
    ]);
    const fits = broken("menu", (nodes) => {
      ask(nodes, "main").choices[0]!.label = t(
        "あいうえおかきくけこさしすせそたちつてと",
        "Twenty characters ok",
      );
    });
    expect(found(checkContent(fits), "label-length")).toEqual([]);
  });

  it("the input buttons' labels in system.yaml", () => {
    const content = validContent();
    content.system.texts["input-done-label"] = t(
      "これで全部です",
      "That's everything I wanted to say",
    );
    expect(found(checkContent(content), "label-length")).toEqual([
      "system.yaml: texts.input-done-label.en",
    ]);
  });

  it("14 choices", () => {
    const content = broken("topic", (nodes) => {
      const question = ask(nodes, "question");
      for (let i = question.choices.length; i < 14; i++) {
        question.choices.push({
          id: `c${i}`,
          label: t(`選択${i}`, `Choice ${i}`),
          next: "@return",
        });
      }
    });
    expect(found(checkContent(content), "too-many-choices")).toEqual([
      "flows/topic.yaml: nodes.question.choices",
    ]);
    const thirteen = broken("topic", (nodes) => {
      const question = ask(nodes, "question");
      for (let i = question.choices.length; i < 13; i++) {
        question.choices.push({
          id: `c${i}`,
          label: t(`選択${i}`, `Choice ${i}`),
          next: "@return",
        });
      }
    });
    expect(found(checkContent(thirteen), "too-many-choices")).toEqual([]);
  });

  it("a question without a way out (no skip, no choice back), and an input without skip", () => {
    const content = broken("topic", (nodes) => {
      nodes.after = { type: "say", text: t("では。", "Right."), next: "@menu" };
      nodes.question = {
        type: "ask",
        text: t("続けますか。", "Go on?"),
        // Only onward to a say node: not the menu, @return or an end.
        choices: [
          { id: "on", label: t("続ける", "Go on"), next: "after" },
          { id: "note", label: t("書く", "Write"), next: "note" },
        ],
      };
      nodes.note = { type: "input", text: t("書いてください。", "Write anything."), next: "after" };
    });
    expect(found(checkContent(content), "no-way-out")).toEqual([
      "flows/topic.yaml: nodes.question",
      "flows/topic.yaml: nodes.note",
    ]);
  });

  it("four questions in a row", () => {
    const question = (id: string, next: string): FlowNode => ({
      type: "ask",
      text: t(`質問${id}ですか。`, `Question ${id}?`),
      choices: [{ id: "on", label: t("次へ", "Next"), next }],
      skip: "@return",
    });
    const content = broken("topic", (nodes) => {
      nodes.intro = { type: "say", text: t("話題です。", "A topic."), next: "q1" };
      nodes.q1 = question("1", "q2");
      nodes.q2 = question("2", "q3");
      nodes.q3 = question("3", "q4");
      nodes.q4 = question("4", "@return");
      delete nodes.question;
      delete nodes.note;
    });
    expect(found(checkContent(content), "question-run")).toEqual(["flows/topic.yaml: nodes.q1"]);

    const three = broken("topic", (nodes) => {
      nodes.intro = { type: "say", text: t("話題です。", "A topic."), next: "q1" };
      nodes.q1 = question("1", "q2");
      nodes.q2 = question("2", "said");
      nodes.said = { type: "say", text: t("ありがとう。", "Thank you."), next: "q3" };
      nodes.q3 = question("3", "q4");
      nodes.q4 = question("4", "@return");
      delete nodes.question;
      delete nodes.note;
    });
    expect(found(checkContent(three), "question-run")).toEqual([]);
  });

  it("a message too long for a phone screen", () => {
    const content = broken("topic", (nodes) => {
      nodes.intro = {
        type: "say",
        text: t("あ".repeat(321), `${"word ".repeat(128)}and more`),
        next: "question",
      };
    });
    expect(found(checkContent(content), "message-length")).toEqual([
      "flows/topic.yaml: nodes.intro.text.ja",
      "flows/topic.yaml: nodes.intro.text.en",
    ]);
  });

  it("banned phrases: 頑張って and 'you should'", () => {
    const content = broken("topic", (nodes) => {
      nodes.intro = {
        type: "say",
        text: t("無理せず頑張ってくださいね。", "You should try going outside."),
        next: "question",
      };
    });
    const findings = checkContent(content).filter((f) => f.rule === "banned-phrase");
    expect(findings.map((f) => f.path)).toEqual(["nodes.intro.text.ja", "nodes.intro.text.en"]);
    expect(findings[0]?.message).toContain("頑張");
    expect(findings[1]?.message).toContain("You should");
  });

  it("more banned phrases from the guide, in both languages", () => {
    const cases: [string, string][] = [
      ["ja", "ご家族が心配していますよ。"],
      ["ja", "元気を出してください。"],
      ["ja", "どうしてひきこもったのですか。"],
      ["ja", "同年代の人はもう働いています。"],
      ["ja", "あきらめないでください。"],
      ["ja", "早く返事をしてください。"],
      ["ja", "今日もありがとうございます！"],
      ["en", "Your family is worried about you."],
      ["en", "Your parents are worried sick."],
      ["en", "Why did you withdraw?"],
      ["en", "Don't give up."],
      ["en", "Maybe it's time to get a job."],
      ["en", "You're just being lazy."],
      ["en", "Great to see you!"],
    ];
    for (const [locale, sentence] of cases) {
      const content = broken("topic", (nodes) => {
        const text = t("話題です。", "A topic.");
        text[locale] = sentence;
        nodes.intro = { type: "say", text, next: "question" };
      });
      expect(found(checkContent(content), "banned-phrase"), sentence).toHaveLength(1);
    }
  });

  it("register: a plain ありがとう among です・ます, and a Japanese bullet in English", () => {
    for (const [locale, sentence, count] of [
      ["ja", "ありがとう。また話しましょう。", 1],
      ["ja", "教えてくれてありがとうございます。", 0],
      ["ja", "短く「ありがとう」と伝えます。", 0],
      ["en", "・Inochi no Denwa", 1],
    ] as const) {
      const content = broken("topic", (nodes) => {
        const text = t("話題です。", "A topic.");
        text[locale] = sentence;
        nodes.intro = { type: "say", text, next: "question" };
      });
      expect(found(checkContent(content), "banned-phrase"), sentence).toHaveLength(count);
    }
  });

  it("does not ban the same words said kindly", () => {
    const kind: [string, string][] = [
      ["ja", "ひきこもりは、わがままや怠けではありません。"],
      ["ja", "返事はしなくても大丈夫です。"],
      ["ja", "決まった言葉で返事をしています。"],
      ["en", "It is not laziness or weakness."],
      ["en", "You don't have to answer."],
    ];
    for (const [locale, sentence] of kind) {
      const content = broken("topic", (nodes) => {
        const text = t("話題です。", "A topic.");
        text[locale] = sentence;
        nodes.intro = { type: "say", text, next: "question" };
      });
      expect(found(checkContent(content), "banned-phrase"), sentence).toEqual([]);
    }
  });

  it("words that do not fit after free text: acknowledgements and what onText says first", () => {
    const unfit: [string, string][] = [
      ["ja", "受け取りました。"],
      ["ja", "書いてくれてうれしいです。"],
      ["ja", "なるほど。"],
      ["en", "Got it."],
      ["en", "I'm glad you wrote."],
      ["en", "I see."],
    ];
    for (const [locale, sentence] of unfit) {
      const ack = t("書いてくれてありがとうございます。", "Thank you for writing that.");
      ack[locale] = sentence;
      const onInput = broken("topic", (nodes) => {
        nodes.note = {
          ...(nodes.note as Extract<FlowNode, { type: "input" }>),
          acknowledgements: [ack],
        };
      });
      expect(found(checkContent(onInput), "after-free-text"), sentence).toEqual([
        `flows/topic.yaml: nodes.note.acknowledgements.0.${locale}`,
      ]);
      const onAsk = broken("topic", (nodes) => {
        nodes.question = { ...ask(nodes, "question"), acknowledgements: [ack] };
      });
      expect(found(checkContent(onAsk), "after-free-text"), sentence).toHaveLength(1);
      const onText = broken("topic", (nodes) => {
        nodes.heard = { type: "say", text: ack, next: "question" };
        nodes.question = { ...ask(nodes, "question"), onText: "heard" };
      });
      expect(found(checkContent(onText), "after-free-text"), sentence).toHaveLength(1);
      const shared = validContent();
      shared.system.acknowledgements = [ack, t("教えてくれてありがとうございます。", "Thanks.")];
      expect(found(checkContent(shared), "after-free-text"), sentence).toEqual([
        `system.yaml: acknowledgements.0.${locale}`,
      ]);
    }
    // The same words are fine where nothing was just written.
    const elsewhere = broken("topic", (nodes) => {
      nodes.intro = {
        type: "say",
        text: t("来てくれてうれしいです。", "I'm glad you came."),
        next: "question",
      };
    });
    expect(found(checkContent(elsewhere), "after-free-text")).toEqual([]);
  });

  it("half-width punctuation in Japanese, but not in times, links or placeholders", () => {
    for (const sentence of [
      "相談先(日本)です。",
      "大丈夫ですか?",
      "はい,そうです。",
      "次へ:ここ",
      "です.",
    ]) {
      const content = broken("topic", (nodes) => {
        nodes.intro = { type: "say", text: t(sentence, "A topic."), next: "question" };
      });
      expect(found(checkContent(content), "half-width-punctuation"), sentence).toEqual([
        "flows/topic.yaml: nodes.intro.text.ja",
      ]);
    }
    for (const sentence of [
      "10:00〜22:00です。",
      "サイトです。\nhttps://example.org/a?b=c,d",
      "{org}です。（日本）",
      "KHJのサイトです。",
    ]) {
      const content = broken("topic", (nodes) => {
        nodes.intro = { type: "say", text: t(sentence, "A topic."), next: "question" };
      });
      expect(found(checkContent(content), "half-width-punctuation"), sentence).toEqual([]);
    }
    const resources = validContent();
    const entry = resources.resources.get("XX")!.crisis[0]!;
    entry.hours = t("24時間(年中無休)", "24 hours");
    expect(found(checkContent(resources), "half-width-punctuation")).toEqual([
      "resources/xx.yaml: crisis.0.hours.ja",
    ]);
  });

  it("a way out that the deployment may hide is no way out", () => {
    const content = broken("topic", (nodes) => {
      const question = ask(nodes, "question");
      nodes.question = {
        ...question,
        skip: undefined,
        choices: [{ ...question.choices[0]!, requires: "check-ins" }, ...question.choices.slice(1)],
      };
      delete (nodes.question as { skip?: string }).skip;
    });
    expect(found(checkContent(content), "no-way-out")).toContain(
      "flows/topic.yaml: nodes.question",
    );
  });
});

describe("capabilities in the schema", () => {
  it("`requires` needs `otherwise` on a node, and names a known capability", async () => {
    const { nodeSchema, choiceSchema } = await import("../../src/content/schema.js");
    const say = { type: "say", text: t("はい。", "Yes."), next: "a" };
    expect(nodeSchema.safeParse({ ...say, requires: "check-ins" }).success).toBe(false);
    expect(nodeSchema.safeParse({ ...say, requires: "check-ins", otherwise: "b" }).success).toBe(
      true,
    );
    expect(nodeSchema.safeParse({ ...say, requires: "telepathy", otherwise: "b" }).success).toBe(
      false,
    );
    const choice = { id: "a", label: t("はい", "Yes"), next: "a" };
    expect(choiceSchema.safeParse({ ...choice, requires: "handoff" }).success).toBe(true);
    expect(choiceSchema.safeParse({ ...choice, requires: "sms" }).success).toBe(false);
  });
});
