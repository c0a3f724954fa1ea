/** Creates the logging staff notifier. */
export function createLogStaffNotifier(logger) {
    const listeners = new Set();
    return {
        async notify(event) {
            logger.warn(`staff: ${event.type}`, {
                // That a person's message showed a crisis is health data: not beside their pseudonym.
                ...(event.type === "crisis" ? {} : { conversation: event.conversation }),
                channel: event.channel,
                region: event.region,
                locale: event.locale,
                ...(event.referral ? { referral: event.referral } : {}),
            });
            await Promise.all([...listeners].map((listener) => listener(event)));
        },
        subscribe(listener) {
            listeners.add(listener);
            return () => listeners.delete(listener);
        },
    };
}
//# sourceMappingURL=log-notifier.js.map