/** True when a set-up run leaves something the operator must fix. */
export function setupFailed(steps) {
    return steps.some((step) => step.status === "failed");
}
//# sourceMappingURL=setup-step.js.map