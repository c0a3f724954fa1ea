/** Content data is broken; the message names the file and the path inside it. */
export class ContentError extends Error {
  override readonly name = "ContentError";
  constructor(
    message: string,
    /** Every problem found, one line each, as `file: path: message`. */
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n  ${problems.join("\n  ")}` : message);
  }
}
