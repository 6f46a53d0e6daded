/** A `key:value` search term quoted whole, so spaces, parentheses and a leading `-` stay in the value. */
export function quoteTerm(key: string, value: string): string {
	return `"${key}:${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
