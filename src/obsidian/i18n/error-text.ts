/**
 * What went wrong, for people, in the app's language. The core says why a search is malformed as a
 * code with arguments (it has no translations); any other error keeps its own message.
 */
import { SearchSyntaxError } from "../../core";
import { t, type MessageKey } from "./index";

/** An error as a sentence to show. */
export function errorText(error: unknown): string {
	if (error instanceof SearchSyntaxError) {
		// A code without a key here is a compile error.
		const key: MessageKey = `searchError.${error.code}`;
		return t("searchError.at", { position: error.position + 1, reason: t(key, error.args) });
	}
	return error instanceof Error ? error.message : String(error);
}
