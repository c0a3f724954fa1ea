/**
 * The helper every generated-family file uses to name its families: `lang.subject.label.name`
 * (with an optional prefix before the name, as the sixth pass's `sixth-`). The id seeds the
 * generation, so it must not change for a family that already exists.
 */
import type { Family } from "../../../src/safety/learned/compose.js";

export const familyOf =
  (lang: Family["lang"], subject: "self" | "other", label: Family["label"], prefix = "") =>
  (name: string, templates: string[], per?: number): Family => ({
    id: `${lang}.${subject}.${label}.${prefix}${name}`,
    lang,
    label,
    subject,
    templates,
    ...(per === undefined ? {} : { per }),
  });
