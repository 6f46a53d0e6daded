/**
 * The interface's words in the app's language. `t("key", { name: value })` gives a string of the
 * current language (English where the app's language has no translation); a string with plural
 * forms takes its form from `count`. Adding a language: make <code>.ts and a <code>/ folder as de.ts
 * and de/ are (one translated file per part of en/), and add it to LANGUAGES below under Obsidian's
 * code for it (Settings → General → Language).
 */
import { getLanguage } from "obsidian";
import { de } from "./de";
import { en, type MessageKey, type Translation } from "./en";
import { numberFormat, type NumberStyle } from "./numbers";
import { pluralForm } from "./plural";

export type { MessageKey, Translation } from "./en";
export type { NumberStyle } from "./numbers";

/** Translations by Obsidian's language code (lower case). */
const LANGUAGES: Record<string, Translation> = { en, de };

let current: { code: string; messages: Translation } | null = null;

/**
 * Uses the language `code` (by default the app's; Obsidian applies a new language after a restart,
 * so it is read once). "de-AT" falls back to "de", an unknown language to English.
 */
export function useLanguage(code: string = getLanguage()): void {
	const lower = code.toLowerCase();
	const base = lower.split("-")[0] ?? lower;
	const messages = LANGUAGES[lower] ?? LANGUAGES[base];
	current = messages ? { code, messages } : { code: "en", messages: en };
}

/** The language in use: its code, for Intl formats. */
export function language(): string {
	if (!current) useLanguage();
	return current?.code ?? "en";
}

/**
 * The string `key` in the current language, with `{name}` placeholders filled from `vars`; a number
 * is written in the language (`0,9` in German), a string as given.
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
	if (!current) useLanguage();
	const entry = current?.messages[key] ?? en[key];
	const text = typeof entry === "string" ? entry : pluralForm(entry, Number(vars.count ?? 0), language());
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
		const value = vars[name];
		// Ten decimals at most: enough for any setting, and 0.1 + 0.2 reads 0.3.
		return value === undefined ? whole : typeof value === "number" ? formatNumber(value, { decimals: 10 }) : value;
	});
}

/** `value` in the current language: `1.5` in English, `1,5` in German. Every number people read is written by it. */
export function formatNumber(value: number, style: NumberStyle = {}): string {
	return numberFormat(language(), style).format(value);
}

/** A share (0–1) as a percentage with `decimals` decimals: `92.5%` in English, `92,5 %` in German. */
export function formatPercent(share: number, decimals = 1): string {
	return formatNumber(share, { decimals, fixed: true, percent: true });
}
