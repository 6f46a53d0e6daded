// The core's public face: everything outside src/core imports from here (DESIGN.md §3).
export * from "./types";
export * from "./scheduler/fsrs-adapter";
export * from "./scheduler/local-day";
export * from "./scheduler/review-queue";
export * from "./scheduler/interval-format";
export * from "./scheduler/leech";
export * from "./stats";
