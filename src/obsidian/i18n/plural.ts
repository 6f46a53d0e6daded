/**
 * Plural forms of one string, by the categories of Intl.PluralRules ("other" always; a language adds
 * the ones it uses: German one/other, Russian one/few/many/other, Chinese other only).
 */
export interface Plural {
	zero?: string;
	one?: string;
	two?: string;
	few?: string;
	many?: string;
	other: string;
}

/** The form of `plural` for `count` in `locale`, "other" when the language has no such form. */
export function pluralForm(plural: Plural, count: number, locale: string): string {
	const category = new Intl.PluralRules(locale).select(count);
	return plural[category] ?? plural.other;
}
