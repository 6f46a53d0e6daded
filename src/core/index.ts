// The core's public face: everything outside src/core imports from here (DESIGN.md §3).
export * from "./types";
export { DECK_SEPARATOR, deckPaths, inDeckTree, normaliseDeck } from "./deck-path";
export { parseNote } from "./parser/parse-note";
export { DEFAULT_PARSE_OPTIONS } from "./parser/parse-options";
export { clozeSpans, type ClozeSpan } from "./parser/clozes";
export * from "./scheduler/fsrs-adapter";
export * from "./scheduler/scheduler-options";
export * from "./scheduler/log-replay";
export * from "./scheduler/local-day";
export * from "./scheduler/review-queue";
export * from "./scheduler/interval-span";
export * from "./scheduler/leech";
export * from "./collection";
export * from "./stats";
export * from "./search";
export * from "./scheduler/optimizer";
