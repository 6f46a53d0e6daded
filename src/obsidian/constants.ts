/** View type of the review (a main-area tab, or a sidebar leaf when the setting says so). */
export const VIEW_TYPE_REVIEW = "flashcard-review";
/** View type of the right-sidebar review pane. */
export const VIEW_TYPE_PANE = "flashcard-review-pane";
/** View type the statistics view registers, when it exists. */
export const VIEW_TYPE_STATS = "flashcard-review-stats";
/** Local-storage key of this device's id (never synced inside data.json). */
export const DEVICE_ID_KEY = "flashcard-review-device-id";
/** Ribbon and view icon (Lucide). */
export const PLUGIN_ICON = "layers";
