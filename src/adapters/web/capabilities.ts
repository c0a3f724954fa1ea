/** What the web chat page can show and do, apart from the renderer. */
import type { ChannelCapabilities } from "../shared/capabilities.js";

/** The web page shows buttons generously; long texts still split to stay readable on a phone. */
export const webCapabilities: ChannelCapabilities = {
  maxChoices: 13,
  maxLabelLength: 40,
  maxTextLength: 1000,
  maxChoiceIdBytes: 64,
  canEdit: false,
  canPush: true,
  // Only while the page is open: a check-in days later would find no one (the chat offers none).
  canPushLater: false,
};
