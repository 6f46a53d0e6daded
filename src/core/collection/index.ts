// The card store's public face (DESIGN §3).
export { Collection, DEFAULT_DEVICE_ID, type LocalOptions } from "./collection";
export { CollectionDataError } from "./data-checks";
export { DEFAULT_STORE_OPTIONS, type OptionsResult } from "./collection-options";
export type { IndexChanges, NoteStat } from "./note-indexing";
export type { OrphanInfo } from "./orphan-cards";
export type { StoreOptions } from "./store-model";
export { STORE_VERSION, type StoreJson } from "./store-schema";
