/**
 * A deterministic generator of realistic card notes for benchmarks: frontmatter decks and tags, headings,
 * paragraphs, lists, tables, code fences, math, images, and heading / paragraph / inline / cloze /
 * reversed cards, in nested folders. A note holds about 5 reviewable cards in 3 KB of text, as the
 * reference note does (`AWS Cognito.md`: 5 cards in 4.4 KB). Note `i` depends only on the seed and `i`,
 * so a larger vault starts with the same notes as a smaller one.
 */
import { seededRandom } from "../src/core/scheduler/optimizer/training-schedule";

/** A generated note. */
export interface GeneratedNote {
	/** Vault path, with folders. */
	path: string;
	text: string;
}


const WORDS = (
	"the a of to and in is it that for on with as by an be this are from or at which identity pool user token " +
	"service access credentials policy role request cache index memory network protocol latency throughput " +
	"recursion function variable closure module interface stream buffer queue scheduler kernel process thread " +
	"enzyme protein membrane cell nucleus mitochondria photosynthesis osmosis equilibrium entropy energy force " +
	"théorème économie naïve café Straße 東京 données"
).split(" ");
const FOLDERS = ["AWS Exams", "Biology", "Computer Science", "Languages/French", "Physics/Mechanics", "Inbox", "Maths"];
const TAGS = ["aws", "exam", "biology", "cs/algorithms", "lang/fr", "physics", "review", "todo"];

class NoteWriter {
	private readonly lines: string[] = [];
	constructor(private readonly random: () => number) {}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.random() * items.length)] as T;
	}
	chance(p: number): boolean {
		return this.random() < p;
	}
	int(min: number, max: number): number {
		return min + Math.floor(this.random() * (max - min + 1));
	}
	words(min: number, max: number): string {
		const count = this.int(min, max);
		const out: string[] = [];
		for (let i = 0; i < count; i++) out.push(this.pick(WORDS));
		return out.join(" ");
	}
	sentence(): string {
		const text = this.words(6, 22);
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
	}
	question(): string {
		return `What is the ${this.words(2, 6)}?`;
	}
	push(...lines: string[]): void {
		this.lines.push(...lines);
	}
	paragraph(): void {
		const sentences: string[] = [];
		for (let i = this.int(1, 4); i > 0; i--) sentences.push(this.sentence());
		this.push(sentences.join(" "), "");
	}
	list(): void {
		for (let i = this.int(2, 6); i > 0; i--) this.push(`${this.chance(0.3) ? "1." : "-"} ${this.words(3, 12)}`);
		this.push("");
	}
	fence(): void {
		const marker = this.chance(0.3) ? " #card" : "";
		const name = this.pick(["a", "b", "queue"]);
		this.push("```ts", `const ${name} = new Map<string, number>();${marker}`, "for (const x of list) total += x;", "```", "");
	}
	block(): void {
		const roll = this.random();
		if (roll < 0.5) this.paragraph();
		else if (roll < 0.7) this.list();
		else if (roll < 0.8) this.fence();
		else if (roll < 0.87) this.push(`![[diagram-${this.int(1, 400)}.png]]`, "");
		else if (roll < 0.93) this.push("| key | value |", "| --- | --- |", `| ${this.words(1, 2)} | ${this.words(1, 3)} |`, "");
		else this.push("$$", "E = mc^2 + \\frac{a}{b}", "$$", "");
	}
	card(level: number): void {
		const roll = this.random();
		const tags = this.chance(0.2) ? ` #${this.pick(TAGS)}` : "";
		if (roll < 0.35) {
			this.push(`${"#".repeat(level)} ${this.question()} #card${tags}`, "");
			for (let i = this.int(1, 3); i > 0; i--) this.block();
		} else if (roll < 0.55) {
			this.push(`${this.question()} #card${tags}`, this.sentence(), "");
		} else if (roll < 0.65) {
			this.push(`${this.question()} ${this.pick(["#card-reverse", "#card/reverse"])}`, this.sentence(), "");
		} else if (roll < 0.8) {
			this.push(`${this.words(3, 8)} ==${this.words(1, 3)}== ${this.words(2, 6)} #card`, "");
		} else {
			for (let i = this.int(2, 6); i > 0; i--) {
				this.push(`- ${this.words(1, 4)} ${this.chance(0.2) ? ":::" : "::"} ${this.words(2, 8)}`);
			}
			this.push("");
		}
		if (this.chance(0.1)) this.push(`^${1600000000000 + this.int(0, 99999999)}`, "");
	}
	text(): string {
		return this.lines.join("\n");
	}
}

/** The note number `index` of a vault generated from `seed`. */
export function generateNote(index: number, seed = 1): GeneratedNote {
	const w = new NoteWriter(seededRandom(seed * 1_000_003 + index));
	const folder = w.chance(0.1) ? "" : `${w.pick(FOLDERS)}/`;
	const title = `Note ${index} ${w.words(1, 3)}`;
	if (w.chance(0.7)) {
		const parent = folder.replace(/\/$/, "").split("/").join("::") || "Default";
		const deck = w.chance(0.6) ? [`cards-deck: ${parent}::${title}`] : [];
		let tags: string[] = [];
		if (w.chance(0.5)) tags = [`tags: [${w.pick(TAGS)}, ${w.pick(TAGS)}]`];
		else if (w.chance(0.5)) tags = ["tags:", `  - ${w.pick(TAGS)}`, "  - card"];
		w.push("---", ...deck, ...tags, `created: 2024-0${w.int(1, 9)}-1${w.int(0, 9)}`, "---", "");
	}
	w.push(`# ${title}`, "");
	for (let section = w.int(2, 8); section > 0; section--) {
		w.push(`## ${w.words(2, 5)}`, "");
		for (let item = w.int(1, 5); item > 0; item--) {
			if (w.chance(0.2)) w.card(w.pick([3, 3, 4]));
			else w.block();
		}
	}
	return { path: `${folder}${title}.md`, text: w.text() };
}

/** `count` notes of a vault generated from `seed`. */
export function generateVault(count: number, seed = 1): GeneratedNote[] {
	const notes: GeneratedNote[] = [];
	for (let i = 0; i < count; i++) notes.push(generateNote(i, seed));
	return notes;
}
