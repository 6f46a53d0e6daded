// The card store's public face (see docs/architecture.md).
export { Collection, DEFAULT_DEVICE_ID, type LocalFiles, type LocalOptions } from "./collection";
export { LAYOUT_VERSION } from "./store/v4/layout";
export { CollectionDataError } from "./store/json/data-checks";
export { DEFAULT_STORE_OPTIONS, type OptionsResult } from "./collection-options";
export type { IndexChanges, NoteStat } from "./identity/note-indexing";
export type { OrphanInfo } from "./identity/orphan-cards";
export type { StoreOptions } from "./store-model";
export { STORE_VERSION, type StoreJson } from "./store/json/store-schema";
export { DATA_FILE } from "./store/v4/layout";
export type { StudyOrder, StudySpec } from "./queue/study-queue";
export { noteQueue } from "./queue/note-queue";
export { presetStudy, type StudyPreset } from "./queue/study-presets";
export { DEFAULT_PRESET_ID, PRESET_KEYS, type PresetInfo, type PresetValues } from "./presets/preset-model";
export type { PresetResult } from "./presets/preset-actions";
