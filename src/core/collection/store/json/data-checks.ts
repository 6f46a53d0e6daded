/** Bad data given to `Collection.fromJSON` or `merge`: the message says what is wrong and where. */
export class CollectionDataError extends Error {
	override name = "CollectionDataError";
}

/** Where a value sits in the stored data, for messages: `notes["a.md"].c[3][4]`. */
export type Where = string;

function describe(value: unknown): string {
	if (value === null) return "null";
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === "string") return value.length > 40 ? `a text of ${value.length} characters` : JSON.stringify(value);
	if (typeof value === "object") return "an object";
	if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return `${typeof value} ${value}`;
	return typeof value;
}

/** Throws a `CollectionDataError` naming the place and what was expected there. */
export function fail(where: Where, expected: string, value: unknown): never {
	throw new CollectionDataError(`Invalid store data at ${where}: expected ${expected}, got ${describe(value)}.`);
}

/** Appends a key to a place, quoting it when it is not a plain name. */
export function at(where: Where, key: string | number): Where {
	if (typeof key === "number") return `${where}[${key}]`;
	return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${where}.${key}` : `${where}[${JSON.stringify(key)}]`;
}

/** A plain object (not null, not a list). */
export function record(value: unknown, where: Where): Record<string, unknown> {
	if (typeof value !== "object" || value === null || Array.isArray(value)) fail(where, "an object", value);
	return value as Record<string, unknown>;
}

/** A list. */
export function list(value: unknown, where: Where): unknown[] {
	if (!Array.isArray(value)) fail(where, "a list", value);
	return value;
}

/** A text. */
export function text(value: unknown, where: Where): string {
	if (typeof value !== "string") fail(where, "a text", value);
	return value;
}

/** A finite number. */
export function number(value: unknown, where: Where): number {
	if (typeof value !== "number" || !Number.isFinite(value)) fail(where, "a number", value);
	return value;
}

/** A whole number (epoch ms, counts, lines). */
export function integer(value: unknown, where: Where, min = -Number.MAX_SAFE_INTEGER): number {
	if (typeof value !== "number" || !Number.isSafeInteger(value) || value < min) {
		fail(where, min === 0 ? "a whole number ≥ 0" : "a whole number", value);
	}
	return value;
}

/** A list of texts. */
export function texts(value: unknown, where: Where): string[] {
	return list(value, where).map((item, i) => text(item, at(where, i)));
}

/** A field that must be present. */
export function field(object: Record<string, unknown>, key: string, where: Where): unknown {
	if (!(key in object)) throw new CollectionDataError(`Invalid store data at ${where}: "${key}" is missing (truncated data?).`);
	return object[key];
}
