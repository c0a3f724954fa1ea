/**
 * The opaque token a button carries: `flow.node.choice`. Ids are at most 20 characters of
 * `[a-z0-9-]`, so a token fits Telegram's 64-byte callback data and LINE's postback data, and a
 * press on an old message still names the question it belonged to.
 */
export interface ChoiceRef {
  flow: string;
  node: string;
  choice: string;
}

/** Encodes a choice reference for a button. */
export function encodeChoice(ref: ChoiceRef): string {
  return `${ref.flow}.${ref.node}.${ref.choice}`;
}

/** Decodes a button token; undefined for anything that is not one of ours. */
export function decodeChoice(token: string): ChoiceRef | undefined {
  const match = /^([a-z0-9-]{1,20})\.([a-z0-9-]{1,20})\.([a-z0-9-]{1,20})$/.exec(token);
  if (!match) return undefined;
  const [, flow, node, choice] = match as unknown as [string, string, string, string];
  return { flow, node, choice };
}
