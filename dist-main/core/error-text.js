/**
 * An error as a log field: its name and message, never a stack, a cause's payload or a request
 * body (which could hold a person's words). The one serializer logs use; channels with errors of
 * their own shape (Telegram's) add what is safe on top.
 */
export function errorText(error) {
    if (typeof error === "string")
        return error;
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
//# sourceMappingURL=error-text.js.map