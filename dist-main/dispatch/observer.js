/** An observer that ignores everything (tests, tools). */
export const ignoringObserver = {
    received() { },
    handled() { },
    staff() { },
    inbox() { },
    delivered() { },
    retried() { },
    undelivered() { },
    checkIn() { },
};
//# sourceMappingURL=observer.js.map