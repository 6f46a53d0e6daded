/** German (Deutsch): the parts in de/, joined in the order of en.ts. */
import { browser } from "./de/browser";
import { data } from "./de/data";
import { review } from "./de/review";
import { settings } from "./de/settings";
import { stats } from "./de/stats";
import { study } from "./de/study";
import { views } from "./de/views";
import type { Translation } from "./en";

export const de: Translation = {
	...views,
	...review,
	...browser,
	...study,
	...stats,
	...data,
	...settings,
};
