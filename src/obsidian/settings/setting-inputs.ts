import type { Setting } from "obsidian";
import { t } from "../i18n";

/** A parsed input: the value, or why it is refused. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A text input that saves only valid values: each change is parsed and committed; a refusal (by the
 * parser or by the store) shows its message under the setting and nothing is saved.
 */
export function validatedText<T>(setting: Setting, initial: string, parse: (text: string) => Parsed<T>, commit: (value: T) => string | null, multiline = false): void {
	const errorEl = setting.infoEl.createDiv({ cls: "flashcard-review-setting-error", attr: { role: "alert" } });
	errorEl.hide();
	const onChange = (text: string): void => {
		const parsed = parse(text);
		const error = parsed.ok ? commit(parsed.value) : parsed.error;
		setting.settingEl.toggleClass("is-invalid", error !== null);
		errorEl.setText(error ?? "");
		errorEl.toggle(error !== null);
	};
	if (multiline) setting.addTextArea((area) => area.setValue(initial).onChange(onChange));
	else setting.addText((text) => text.setValue(initial).onChange(onChange));
}

/** A whole number in [min, max]. */
export function parseWhole(min: number, max: number): (text: string) => Parsed<number> {
	return (text) => {
		const value = Number(text.trim());
		if (text.trim() === "" || !Number.isInteger(value)) return { ok: false, error: t("input.wholeNumber") };
		if (value < min || value > max) return { ok: false, error: t("input.between", { min, max }) };
		return { ok: true, value };
	};
}

/** A decimal number in [min, max], with a decimal point or comma (as German writes it); a percentage like `90%` is read as 0.9. */
export function parseFraction(min: number, max: number): (text: string) => Parsed<number> {
	return (text) => {
		const trimmed = text.trim().replace(",", ".");
		const value = trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
		if (trimmed === "" || !Number.isFinite(value)) return { ok: false, error: t("input.number") };
		if (value < min || value > max) return { ok: false, error: t("input.between", { min, max }) };
		return { ok: true, value };
	};
}

const STEP_UNITS: Record<string, number> = { s: 1 / 60, m: 1, h: 60, d: 1440 };

/** Learning steps as Anki writes them (`1m 10m`, `1h`, `1d`; a bare number is minutes) → minutes. */
export function parseSteps(text: string): Parsed<number[]> {
	const steps: number[] = [];
	for (const part of text.trim().split(/[\s,]+/).filter(Boolean)) {
		const match = /^(\d+(?:\.\d+)?)([smhd]?)$/i.exec(part);
		const unit = STEP_UNITS[(match?.[2] ?? "").toLowerCase() || "m"];
		if (!match || unit === undefined) return { ok: false, error: t("input.notStep", { part }) };
		const minutes = Number(match[1]) * unit;
		if (minutes <= 0) return { ok: false, error: t("input.stepPositive") };
		steps.push(minutes);
	}
	return { ok: true, value: steps };
}

/** Minutes back into Anki's step notation. */
export function formatSteps(minutes: readonly number[]): string {
	return minutes.map((m) => (m % 1440 === 0 ? `${m / 1440}d` : m % 60 === 0 ? `${m / 60}h` : `${m}m`)).join(" ");
}

/** One word without spaces or `#` (a tag word or a property key); a leading `#` is dropped. */
export function parseWord(): (text: string) => Parsed<string> {
	return (text) => {
		const value = text.trim().replace(/^#/, "");
		if (value === "") return { ok: false, error: t("input.empty") };
		if (/[\s#]/.test(value)) return { ok: false, error: t("input.oneWord") };
		return { ok: true, value };
	};
}

/** Any non-empty text. */
export function parseText(): (text: string) => Parsed<string> {
	return (text) => (text.trim() === "" ? { ok: false, error: t("input.empty") } : { ok: true, value: text.trim() });
}
