/** One problem found in the content (by the flow check or the rich-menu check). */
export interface Finding {
  severity: "error" | "warning";
  /** A short rule name, e.g. `unknown-target`. */
  rule: string;
  file: string;
  path: string;
  message: string;
}
