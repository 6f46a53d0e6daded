/**
 * Cards written out explicitly, as the Flashcards plugin 2.x reads them: a fenced block labelled
 * `flashcard` (the label is a setting) holding `front:`, `back:`, `type:` and `content:` keys, and a
 * card callout (`> [!card] Question` with the answer as its body, `> [!card-reverse]` for both ways).
 * Bad blocks give no card and a warning naming the line, never an exception.
 */
import type { CardKind, ParsedCard, ParseWarning } from "../types";
import { standaloneAnchor, trailingAnchor } from "./anchors";
import { clozeNumbers, readClozes } from "./clozes";
import type { CalloutStart, FenceBlock, ScannedNote } from "./line-scan";
import { maskText } from "./protected-regions";

const KEY_LINE = /^\s*(front|back|type|content)\s*:(.*)$/i;
const TYPES: readonly CardKind[] = ["basic", "reversed", "cloze", "reminder"];

interface Field {
	/** 0-based line of the key. */
	line: number;
	value: string;
}

/** The fenced card of `fence`, or null (with a warning unless the fence is not a card block). */
export function fencedCard(note: ScannedNote, fence: FenceBlock, warnings: ParseWarning[]): ParsedCard | null {
	const at = fence.line + 1;
	const warn = (line: number, message: string): null => {
		warnings.push({ line, message: `The fenced card on line ${at}: ${message}` });
		return null;
	};
	if (fence.end === -1) return warn(fence.line, "its fence is never closed, so it is not read.");
	const fields = readFields(note, fence, warn);
	const typeField = fields.get("type");
	const type = (typeField?.value ?? "basic").toLowerCase();
	const kind = TYPES.find((known) => known === type);
	if (kind === undefined) {
		return warn(typeField?.line ?? fence.line, `the type "${type}" is not one of ${TYPES.join(", ")}.`);
	}
	const front = kind === "reminder" ? fields.get("content") : fields.get("front");
	const frontKey = kind === "reminder" ? "content" : "front";
	if (front === undefined || front.value === "") return missing(frontKey, front, fence, warn);
	const back = fields.get("back");
	const needsBack = kind === "basic" || kind === "reversed";
	if (needsBack && (back === undefined || back.value === "")) return missing("back", back, fence, warn);
	const card: ParsedCard = {
		kind,
		front: front.value,
		back: kind === "reminder" ? "" : (back?.value ?? ""),
		line: fence.line,
		endLine: fence.end,
		tags: [],
		context: fence.context,
	};
	if (kind === "cloze") {
		const clozes = clozeNumbers(readClozes(front.value, maskText(front.value)).spans);
		if (clozes.length === 0) return warn(front.line, "its front has no cloze ({1:…}, ==…== or {{c1::…}}).");
		card.clozes = clozes;
	}
	return withAnchorBelow(note, card);
}

function missing(key: string, field: Field | undefined, fence: FenceBlock, warn: (line: number, message: string) => null): null {
	const where = field === undefined ? "is missing" : `on line ${field.line + 1} is empty`;
	return warn(field?.line ?? fence.line, `its "${key}:" ${where}, so it gives no card.`);
}

/** Key lines start a field; every other line continues the last one (blank lines kept). */
function readFields(
	note: ScannedNote,
	fence: FenceBlock,
	warn: (line: number, message: string) => null,
): Map<string, Field> {
	const fields = new Map<string, Field>();
	let key = "";
	let line = -1;
	let parts: string[] = [];
	const close = (): void => {
		if (key !== "") fields.set(key, { line, value: parts.join("\n").trim() });
	};
	for (let i = fence.line + 1; i < fence.end - 1; i++) {
		const text = note.lines[i]?.text ?? "";
		const match = KEY_LINE.exec(text);
		if (match !== null) {
			close();
			key = (match[1] ?? "").toLowerCase();
			if (fields.has(key)) warn(i, `"${key}:" is given twice; the later one on line ${i + 1} counts.`);
			line = i;
			parts = [match[2] ?? ""];
		} else if (key !== "") {
			parts.push(text);
		} else if (text.trim() !== "") {
			warn(i, `line ${i + 1} comes before any "front:", "back:", "type:" or "content:" and is ignored.`);
		}
	}
	close();
	return fields;
}

/** The card of a `> [!card]` callout, or null with a warning when its title or body is empty. */
export function calloutCard(note: ScannedNote, start: CalloutStart, warnings: ParseWarning[]): ParsedCard | null {
	const lines = note.lines;
	const body: string[] = [];
	let end = start.line + 1;
	while (end < lines.length && isQuoteLine(lines[end]?.text ?? "")) body.push(unquote(lines[end++]?.text ?? ""));
	const card: ParsedCard = {
		kind: start.reversed ? "reversed" : "basic",
		front: start.title,
		back: "",
		line: start.line,
		endLine: end,
		tags: [],
		context: start.context,
	};
	while (body.length > 0 && (body[body.length - 1] ?? "").trim() === "") body.pop();
	const last = body[body.length - 1];
	if (last !== undefined) {
		const own = standaloneAnchor(last);
		const trailing = own === null ? trailingAnchor(last) : null;
		if (own !== null) {
			card.anchor = own;
			body.pop();
		} else if (trailing !== null && last.slice(0, trailing.start).trim() !== "") {
			card.anchor = trailing.id;
			body[body.length - 1] = last.slice(0, trailing.start);
		}
	}
	card.back = body.join("\n").trim();
	const where = `The card callout on line ${start.line + 1}`;
	if (card.front === "") {
		warnings.push({ line: start.line, message: `${where} has no question: write it after "[!card]".` });
		return null;
	}
	if (card.back === "") {
		warnings.push({ line: start.line, message: `${where} ("${card.front}") has no answer, so it is not reviewed.` });
		return null;
	}
	return card.anchor === undefined ? withAnchorBelow(note, card) : card;
}

function isQuoteLine(text: string): boolean {
	let i = 0;
	while (i < 3 && text[i] === " ") i++;
	return text[i] === ">";
}

/** A quote line without its first `>` (and the space after it). */
function unquote(text: string): string {
	const at = text.indexOf(">");
	return text.slice(at + (text[at + 1] === " " ? 2 : 1));
}

/** A block id alone on the line right after the card is its anchor (where Flashcards writes it). */
function withAnchorBelow(note: ScannedNote, card: ParsedCard): ParsedCard {
	const next = note.lines[card.endLine];
	const id = next !== undefined && next.kind === "text" ? standaloneAnchor(next.masked) : null;
	if (id !== null) {
		card.anchor = id;
		card.endLine++;
	}
	return card;
}
