import type { Collection } from "../../core";
import type { CardOptions } from "./settings-sections";

/** The card and scheduling options the collection holds. */
export function optionsOf(collection: Collection): CardOptions {
	return collection.options();
}

/** Applies option changes through the collection's validation; the refusal's message, or null. */
export function setOptionsOf(collection: Collection, changes: Partial<CardOptions>): string | null {
	const result = collection.setOptions(changes, new Date());
	return result.ok ? null : result.error;
}
