/**
 * A platform API call that did not answer in time. The platform may or may not have acted on it,
 * so whoever retries must treat it as ambiguous.
 */
export class CallTimeout extends Error {
    name = "CallTimeout";
}
//# sourceMappingURL=call-timeout.js.map