/**
 * Generated training messages: templates of a family of wording, expanded at random into
 * distinct messages, put into the mouth of a persona (a frame around the message), and typed
 * the way that persona types (a style). Frames and styles are shared by every label of a
 * language, so that how someone writes never says what they write about; only the words do.
 * Deterministic for a given random source.
 *
 * Template syntax: `{a|b|}` picks one alternative (the empty one too), `<name>` a phrase from
 * the named bank (itself a template), `@` in a frame is the message. Braces nest.
 */
import type { Random } from "./augment.js";

/** Named phrase banks a template refers to with `<name>`. */
export type Banks = Readonly<Record<string, readonly string[]>>;

/** What a generated message is labelled. */
export type GeneratedLabel = "crisis" | "distress" | "ordinary";

/** A family of wording: one kind of message, many templates. */
export interface Family {
  /** Stable id, `<lang>.<subject>.<label>.<name>`; templates are grouped under it. */
  id: string;
  lang: "ja" | "en";
  label: GeneratedLabel;
  /** Whose danger or life the message is about: decides which frames fit it. */
  subject: "self" | "other";
  templates: readonly string[];
  /** Messages drawn from each template (default: the generator's). */
  per?: number;
}

/** A persona's frames (`@` is the message) and how they type. */
export interface Persona {
  id: string;
  lang: "ja" | "en";
  /** Which messages the persona writes: their own, or about someone else. */
  subject: "self" | "other";
  frames: readonly string[];
  /** Styles applied to a share of the persona's messages. */
  styles?: readonly ((text: string, random: Random) => string)[];
}

/** One generated message. */
export interface Generated {
  text: string;
  label: GeneratedLabel;
  family: string;
  /** `<family>#<template>`: messages of one template stay on one side of any split. */
  group: string;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Index of the `}` that closes the `{` at `open`. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    const ch = template[i];
    if (ch === "{") depth++;
    else if (ch === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  throw new Error(`unclosed { in template: ${template}`);
}

/** The top-level alternatives of a `{...}` body. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "{") depth++;
    else if (ch === "}") depth--;
    else if (ch === "|" && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/** One expansion of a template, choices made by `random`. */
export function expandTemplate(template: string, banks: Banks, random: Random, depth = 0): string {
  if (depth > 8) throw new Error(`templates nest too deep: ${template}`);
  let out = "";
  let i = 0;
  while (i < template.length) {
    const ch = template[i] as string;
    if (ch === "{") {
      const end = closing(template, i);
      const choice = pick(random, alternatives(template.slice(i + 1, end)));
      out += expandTemplate(choice, banks, random, depth + 1);
      i = end + 1;
    } else if (ch === "<") {
      const end = template.indexOf(">", i);
      const name = end < 0 ? "" : template.slice(i + 1, end);
      const bank = banks[name];
      if (!/^[a-z][a-z0-9-]*$/.test(name) || bank === undefined) {
        // Not a bank reference: a literal "<" ("<3").
        out += ch;
        i++;
        continue;
      }
      out += expandTemplate(pick(random, bank), banks, random, depth + 1);
      i = end + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Up to `count` distinct expansions of one template. */
export function sampleTemplate(
  template: string,
  banks: Banks,
  count: number,
  random: Random,
): string[] {
  const seen = new Set<string>();
  for (let tries = 0; tries < count * 4 && seen.size < count; tries++) {
    const text = tidy(expandTemplate(template, banks, random));
    if (text.length > 0) seen.add(text);
  }
  return [...seen];
}

/** Spaces and punctuation left over by empty alternatives. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ ([,.!?])/g, "$1")
    .replace(/([。、])\1+/g, "$1")
    .replace(/^[\s、。,]+/, "")
    .trim();
}

/** Settings of one generation run. */
export interface GenerateSettings {
  /** Messages drawn from each template unless its family says otherwise. */
  per: number;
  /** Share of messages put into a persona's frame, and typed in that persona's style. */
  framed: number;
  styled: number;
}

/**
 * Every family's messages, framed and styled by the personas that write that kind of message,
 * in a fixed order.
 */
export function generate(
  families: readonly Family[],
  personas: readonly Persona[],
  banks: Banks,
  settings: GenerateSettings,
  random: Random,
): Generated[] {
  const out: Generated[] = [];
  const seen = new Set<string>();
  for (const family of families) {
    const fitting = personas.filter((p) => p.lang === family.lang && p.subject === family.subject);
    family.templates.forEach((template, t) => {
      for (const core of sampleTemplate(template, banks, family.per ?? settings.per, random)) {
        let text = core;
        const persona = fitting.length > 0 ? pick(random, fitting) : undefined;
        if (persona && random() < settings.framed) {
          text = tidy(
            expandTemplate(pick(random, persona.frames), banks, random).replace("@", () => core),
          );
        }
        if (persona?.styles && persona.styles.length > 0 && random() < settings.styled) {
          text = pick(random, persona.styles)(text, random);
        }
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ text, label: family.label, family: family.id, group: `${family.id}#${t}` });
      }
    });
  }
  return out;
}
