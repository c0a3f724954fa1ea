/** Content data is broken; the message names the file and the path inside it. */
export class ContentError extends Error {
    problems;
    name = "ContentError";
    constructor(message, 
    /** Every problem found, one line each, as `file: path: message`. */
    problems = []) {
        super(problems.length > 0 ? `${message}\n  ${problems.join("\n  ")}` : message);
        this.problems = problems;
    }
}
//# sourceMappingURL=errors.js.map