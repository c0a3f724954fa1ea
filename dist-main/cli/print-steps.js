/** Writes `steps` and a closing summary naming `what` was set up. */
export function printSteps(what, steps, out) {
    for (const step of steps) {
        out.write(`${step.status.padEnd(8)} ${step.what}\n`);
        if (step.fix)
            out.write(`${" ".repeat(9)}→ ${step.fix}\n`);
    }
    const count = (status) => steps.filter((step) => step.status === status).length;
    const failed = count("failed");
    const changed = count("changed");
    out.write(failed > 0
        ? `${what}: not complete, ${failed} step(s) failed (see → above)\n`
        : `${what}: done, ${changed === 0 ? "nothing needed changing" : `${changed} change(s)`}${count("warning") > 0 ? `, ${count("warning")} warning(s)` : ""}\n`);
}
//# sourceMappingURL=print-steps.js.map