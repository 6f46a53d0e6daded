/**
 * Every string of the interface, in English: the reference every other language follows (its type
 * makes a missing or extra key a compile error). `{name}` is filled in by `t`; an entry with plural
 * forms is chosen by `{count}` with the language's plural rules (Intl.PluralRules).
 * A language is a folder of parts by concept (en/views.ts, en/review.ts, …) and one file that joins
 * them into a single table (this one for English). Another language has the same parts, each typed by
 * its English part, so a translator works through one part at a time and the type check still
 * compares whole tables.
 */
import { browser } from "./en/browser";
import { data } from "./en/data";
import { review } from "./en/review";
import { settings } from "./en/settings";
import { stats } from "./en/stats";
import { study } from "./en/study";
import { views } from "./en/views";
import type { Plural } from "./plural";

/** The parts in a fixed order; a key belongs to exactly one of them (the i18n test checks it). */
export const en = {
	...views,
	...review,
	...browser,
	...study,
	...stats,
	...data,
	...settings,
} satisfies Record<string, string | Plural>;

/** The name of one string. */
export type MessageKey = keyof typeof en;

/** A translation of `table` (English, or a part of it): its keys, each a plain string or plural forms as there. */
export type TranslationOf<Table> = { [K in keyof Table]: Table[K] extends string ? string : Plural };

/** A whole translation: every key of the English table, a plain string or plural forms as there. */
export type Translation = TranslationOf<typeof en>;
