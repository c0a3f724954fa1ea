/**
 * The shape of `rich-menu.yaml`: the panel LINE shows under the chat, which never scrolls away.
 * Its areas are shortcuts (a command, or a choice of a question) that work at every step, with a
 * label per locale; rows say how the areas sit on the image.
 */
import { z } from "zod";
import { capabilitySchema, commandNames, idSchema, localeSchema, localizedTextSchema, } from "./schema.js";
/** What tapping an area does: a command (as if its word were typed) or one choice of a question. */
export const richMenuActionSchema = z.union([
    z.object({ command: z.enum(commandNames) }).strict(),
    z
        .object({
        choice: z
            .string()
            .regex(/^[a-z0-9-]{1,20}\.[a-z0-9-]{1,20}\.[a-z0-9-]{1,20}$/, "use flow.node.choice, such as menu.main.very-hard"),
    })
        .strict(),
]);
/** The pictures the default image can draw beside a label. */
export const richMenuIcons = ["heart", "person", "menu", "info", "settings", "stop"];
/** One tappable area. */
export const richMenuAreaSchema = z
    .object({
    /** Drawn on the image and shown in the chat as the person's own message when tapped. */
    label: localizedTextSchema,
    /** A smaller line under the label on the default image: what happens when tapped. */
    hint: localizedTextSchema.optional(),
    action: richMenuActionSchema,
    /** Left out (the row's other areas widen) when the deployment cannot keep what it offers. */
    requires: capabilitySchema.optional(),
    icon: z.enum(richMenuIcons).optional(),
    /** `warm` sets an area apart on the default image (the one for a hard moment). */
    tone: z.enum(["calm", "warm"]).default("calm"),
})
    .strict();
/** `rich-menu.yaml`. */
export const richMenuSchema = z
    .object({
    /** `large`: 2500x1686, two rows; `compact`: 2500x843, one row. */
    size: z.enum(["large", "compact"]),
    /** Whether the menu shows open when the chat opens (LINE's `selected`); the bar stays. */
    shownOpen: z.boolean().default(true),
    /** The text on the bar that opens and closes the menu (LINE: at most 14 characters). */
    chatBarText: localizedTextSchema,
    /** Area ids from top to bottom, left to right. */
    rows: z.array(z.array(idSchema).min(1).max(4)).min(1).max(2),
    areas: z.record(idSchema, richMenuAreaSchema),
    /**
     * Your own image per locale (PNG or JPEG, 2500 wide, the size's height, at most 1 MB), a path
     * relative to the content folder. Without it: `rich-menu/<locale>[.no-<capability>].png`.
     */
    images: z.record(localeSchema, z.string().min(1)).optional(),
})
    .strict()
    .superRefine((menu, ctx) => {
    const rows = menu.size === "large" ? 2 : 1;
    if (menu.rows.length !== rows) {
        ctx.addIssue({
            code: "custom",
            path: ["rows"],
            message: `a ${menu.size} menu has ${rows} row${rows > 1 ? "s" : ""}`,
        });
    }
});
//# sourceMappingURL=rich-menu-schema.js.map