/**
 * @jest-environment jsdom
 */
/**
 * Draws the plugin's screens with the real plugin over the demo vault (in the test fake of Obsidian)
 * and writes each as an HTML page that loads styles.css; `scripts/screenshots.mjs` turns the pages
 * into PNGs with headless Chromium. Not part of `npm test`.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { join, relative } from "path";
import type { WorkspaceLeaf } from "obsidian";
import { App, MarkdownRenderChild, MarkdownRenderer, Modal, setAppLanguage } from "../../test/__mocks__/obsidian";
import { useLanguage } from "../../src/obsidian/i18n";
import { MANIFEST, READ_MS, VAULT_MTIME, press, settle, startPlugin } from "../../test/obsidian/support/demo-vault";
import { renderLite } from "./markdown-lite";

const ROOT = join(__dirname, "..", "..");
const VAULT = join(ROOT, "demo-vault");
const OUT = process.env.SHOTS_DIR ?? join(ROOT, ".screenshots");
const NOW = new Date("2025-03-10T09:00:00Z");
void MANIFEST;

/** A note with a cloze card, an inline reversed card and a reversed heading card, for the scenes that show them. */
const EXTRA_NOTES: Record<string, string> = {
	"Biology/Cells.md": [
		"---",
		"cards-deck: Biology::Cells",
		"---",
		"## Organelles",
		"",
		"The ==mitochondria== is the powerhouse of the ==cell==. #card",
		"",
		"Photosynthesis happens in the {{c1::chloroplast::organelle}}, using {{c2::light}}. #card",
		"Chlorophyll makes plants green.",
		"",
		"## Vocabulary",
		"",
		"Cytoplasm:::The jelly-like fluid that fills a cell",
		"",
	].join("\n"),
};

type Theme = "dark" | "light";
interface Leaf {
	el: HTMLElement;
	title: string;
	width?: "w260" | "w300" | "w330";
	side?: boolean;
}
interface Scene {
	name: string;
	width: number;
	height: number;
	theme: Theme;
	mobile?: boolean;
	/** The interface's language (English when absent), for the page's lang. */
	lang?: string;
	leaves: Leaf[];
}

const manifest: { name: string; width: number; height: number }[] = [];

function capture(scene: Scene): void {
	const leaves = scene.leaves
		.map((leaf) => {
			const cls = ["shot-leaf", leaf.width ? `shot-${leaf.width}` : "shot-grow", leaf.side ? "is-side mod-right-split" : ""].join(" ");
			return `<div class="${cls}"><div class="shot-header">${leaf.title}</div>${leaf.el.outerHTML.split("app://fake/").join(`file://${VAULT}/`)}${scene.mobile ? '<div class="shot-phone-nav"></div>' : ""}</div>`;
		})
		.join("");
	const body = ["theme-" + scene.theme, scene.mobile ? "is-mobile is-phone" : ""].join(" ");
	const html = `<!doctype html><html lang="${scene.lang ?? "en"}"><head><meta charset="utf-8"><title>Flashcard review: ${scene.name}</title><link rel="stylesheet" href="file://${__dirname}/frame.css"><link rel="stylesheet" href="file://${ROOT}/styles.css"></head><body class="${body}"><main class="shot-window">${leaves}</main></body></html>`;
	writeFileSync(join(OUT, `${scene.name}.html`), html);
	manifest.push({ name: scene.name, width: scene.width, height: scene.height });
}

/** The demo vault (and optionally the extra notes) in a fake app. */
function vaultApp(extra = false): App {
	const app = new App();
	const walk = (dir: string): void => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			const path = relative(VAULT, full).split("\\").join("/");
			if (path.startsWith(".obsidian")) continue;
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) app.vault.addFile(path, readFileSync(full, "utf8"), VAULT_MTIME);
			else app.vault.addFile(path, new Uint8Array(readFileSync(full)).buffer, VAULT_MTIME);
		}
	};
	walk(VAULT);
	if (extra) for (const [path, text] of Object.entries(EXTRA_NOTES)) app.vault.addFile(path, text, VAULT_MTIME);
	app.metadataCache.indexAll();
	return app;
}

function view(app: App, type: string): { contentEl: HTMLElement; containerEl: HTMLElement; scope: unknown } {
	const leaf = app.workspace.getLeavesOfType(type)[0] as WorkspaceLeaf | undefined;
	if (!leaf) throw new Error(`no ${type} view`);
	return leaf.view as unknown as { contentEl: HTMLElement; containerEl: HTMLElement; scope: unknown };
}

async function run(app: App, command: string): Promise<void> {
	if (!app.executeCommand(`flashcard-review:${command}`)) throw new Error(`command ${command} refused`);
	await settle();
}

async function reveal(app: App): Promise<void> {
	await settle(READ_MS);
	press(view(app, "flashcard-review"), " ");
	await settle(0);
}

async function answer(app: App, key: string): Promise<void> {
	await reveal(app);
	press(view(app, "flashcard-review"), key);
	await settle(0);
}

/** Skips cards until one whose question contains `text` is on screen. */
async function skipTo(app: App, text: string): Promise<void> {
	for (let i = 0; i < 12; i++) {
		const question = view(app, "flashcard-review").contentEl.querySelector(".flashcard-review-question")?.textContent ?? "";
		if (question.includes(text)) return;
		await settle(READ_MS);
		press(view(app, "flashcard-review"), "-");
		await settle(0);
	}
	throw new Error(`no card asks "${text}"`);
}

const content = (app: App, type = "flashcard-review"): HTMLElement => view(app, type).contentEl;

describe("screenshots", () => {
	beforeAll(() => {
		mkdirSync(OUT, { recursive: true });
		Object.assign(MarkdownRenderer, {
			render: async (_app: unknown, markdown: string, el: HTMLElement, sourcePath: string, component: { addChild(c: unknown): void }) => {
				renderLite(markdown, el, VAULT, sourcePath);
				component.addChild(new MarkdownRenderChild(el));
				await Promise.resolve();
			},
		});
	});
	beforeEach(() => jest.useFakeTimers({ now: NOW }));
	afterEach(() => {
		Modal.open.length = 0;
		jest.useRealTimers();
	});
	afterAll(() => writeFileSync(join(OUT, "manifest.json"), JSON.stringify(manifest, null, "\t")));

	it("draws the first start with no cards", async () => {
		const app = new App();
		app.vault.addFile("Welcome.md", "# Welcome\n", VAULT_MTIME);
		app.metadataCache.indexAll();
		await startPlugin(app);
		await run(app, "open-pane");
		app.workspace.setActiveFile(null);
		const review = app.workspace.getLeaf("tab");
		await review.setViewState({ type: "flashcard-review", active: true });
		await settle();
		for (const theme of ["light", "dark"] as const) {
			capture({ name: `empty-${theme}`, width: 1100, height: 700, theme, leaves: [{ el: content(app), title: "Flashcard review" }, { el: content(app, "flashcard-review-pane"), title: "Flashcards", width: "w300", side: true }] });
		}
	});

	it("draws the deck list and a session with the pane", async () => {
		const app = vaultApp(true);
		await startPlugin(app);
		await run(app, "open-pane");
		const cognito = app.vault.getFileByPath("AWS Exams/AWS Cognito.md");
		app.workspace.setActiveFile(cognito);
		await settle();
		const review = app.workspace.getLeaf("tab");
		await review.setViewState({ type: "flashcard-review", active: true });
		await settle();
		capture({ name: "decks-dark", width: 1100, height: 700, theme: "dark", leaves: [{ el: content(app), title: "Flashcard review" }, { el: content(app, "flashcard-review-pane"), title: "Flashcards", width: "w300", side: true }] });
		capture({ name: "decks-light", width: 1100, height: 700, theme: "light", leaves: [{ el: content(app), title: "Flashcard review" }, { el: content(app, "flashcard-review-pane"), title: "Flashcards", width: "w300", side: true }] });

		await run(app, "review-due");
		capture({ name: "question-dark", width: 1100, height: 700, theme: "dark", leaves: [{ el: content(app), title: "Flashcard review" }] });
		capture({ name: "question-light", width: 1100, height: 700, theme: "light", leaves: [{ el: content(app), title: "Flashcard review" }] });
		await answer(app, "3");
		await reveal(app);
		capture({ name: "answer-dark", width: 1100, height: 760, theme: "dark", leaves: [{ el: content(app), title: "Flashcard review" }, { el: content(app, "flashcard-review-pane"), title: "Flashcards", width: "w300", side: true }] });
		capture({ name: "answer-light", width: 1100, height: 760, theme: "light", leaves: [{ el: content(app), title: "Flashcard review" }, { el: content(app, "flashcard-review-pane"), title: "Flashcards", width: "w300", side: true }] });
		capture({ name: "phone-answer-dark", width: 380, height: 760, theme: "dark", mobile: true, leaves: [{ el: content(app), title: "Flashcard review" }] });
		capture({ name: "phone-answer-light", width: 380, height: 760, theme: "light", mobile: true, leaves: [{ el: content(app), title: "Flashcard review" }] });

		await skipTo(app, "powerhouse");
		capture({ name: "cloze-question", width: 900, height: 500, theme: "light", leaves: [{ el: content(app), title: "Flashcard review" }] });
		await reveal(app);
		capture({ name: "cloze-answer", width: 900, height: 500, theme: "light", leaves: [{ el: content(app), title: "Flashcard review" }] });
		await skipTo(app, "chloroplast");
		await skipTo(app, "jelly-like");
		capture({ name: "reversed-question", width: 900, height: 500, theme: "dark", leaves: [{ el: content(app), title: "Flashcard review" }] });
		await reveal(app);
		capture({ name: "reversed-answer", width: 900, height: 500, theme: "dark", leaves: [{ el: content(app), title: "Flashcard review" }] });
	});

	it("draws the README picture: the demo vault's second card answered, the pane beside", async () => {
		const app = vaultApp();
		await startPlugin(app);
		await run(app, "open-pane");
		app.workspace.setActiveFile(app.vault.getFileByPath("AWS Exams/AWS Cognito.md"));
		await run(app, "review-due");
		await answer(app, "3");
		await reveal(app);
		capture({ name: "readme", width: 1200, height: 760, theme: "dark", leaves: [{ el: content(app), title: "Flashcard review" }, { el: content(app, "flashcard-review-pane"), title: "Flashcards", width: "w300", side: true }] });
	});

	it("draws the pane reviewing at sidebar width", async () => {
		const app = vaultApp();
		await startPlugin(app);
		await run(app, "open-pane");
		const pane = view(app, "flashcard-review-pane");
		(pane.contentEl.querySelector(".flashcard-review-start") as HTMLElement | null)?.click();
		await settle(READ_MS);
		capture({ name: "pane-question", width: 300, height: 700, theme: "dark", leaves: [{ el: pane.contentEl, title: "Flashcards", width: "w300", side: true }] });
		press(pane, " ");
		await settle(0);
		capture({ name: "pane-answer", width: 300, height: 700, theme: "dark", leaves: [{ el: pane.contentEl, title: "Flashcards", width: "w300", side: true }] });
		capture({ name: "pane-answer-light", width: 300, height: 700, theme: "light", leaves: [{ el: pane.contentEl, title: "Flashcards", width: "w300", side: true }] });
	});

	it("draws the finished screen and the statistics", async () => {
		const app = vaultApp();
		await startPlugin(app);
		await run(app, "review-due");
		for (let i = 0; i < 12 && content(app).querySelector(".flashcard-review-question"); i++) await answer(app, i === 0 ? "1" : "4");
		capture({ name: "finished-dark", width: 900, height: 600, theme: "dark", leaves: [{ el: content(app), title: "Flashcard review" }] });
		capture({ name: "finished-light", width: 900, height: 600, theme: "light", leaves: [{ el: content(app), title: "Flashcard review" }] });
		await run(app, "open-statistics");
		await settle();
		const stats = content(app, "flashcard-review-stats");
		capture({ name: "stats-dark", width: 1000, height: 1600, theme: "dark", leaves: [{ el: stats, title: "Statistics" }] });
		capture({ name: "stats-narrow-light", width: 300, height: 1600, theme: "light", leaves: [{ el: stats, title: "Statistics", width: "w300", side: true }] });
	});

	it("draws the card browser with a search and a card selected, and a custom study", async () => {
		const app = vaultApp(true);
		await startPlugin(app);
		await run(app, "browse-cards");
		const browser = content(app, "flashcard-review-browser");
		const input = browser.querySelector<HTMLInputElement>(".flashcard-review-browser-search");
		if (!input) throw new Error("no search box");
		input.value = "deck:AWS* OR is:new";
		// The picture is the page's HTML: the typed text must be in it.
		input.setAttribute("value", input.value);
		input.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
		const rows = browser.querySelectorAll<HTMLElement>(".flashcard-review-browser-row");
		rows[1]?.click();
		rows[3]?.dispatchEvent(new MouseEvent("click", { bubbles: true, shiftKey: true }));
		await settle(0);
		capture({ name: "browser-light", width: 1400, height: 640, theme: "light", leaves: [{ el: browser, title: "Card browser" }] });
		capture({ name: "browser-dark", width: 1400, height: 640, theme: "dark", leaves: [{ el: browser, title: "Card browser" }] });
	});

	// German labels run longest ("Fälligkeitsdatum festlegen"): the narrowest screens are drawn in German too.
	it("draws the card browser, a review and the statistics in German at sidebar width", async () => {
		setAppLanguage("de");
		useLanguage("de");
		try {
			const app = vaultApp(true);
			await startPlugin(app);
			await run(app, "browse-cards");
			const browser = content(app, "flashcard-review-browser");
			const rows = browser.querySelectorAll<HTMLElement>(".flashcard-review-browser-row");
			rows[0]?.click();
			rows[2]?.dispatchEvent(new MouseEvent("click", { bubbles: true, shiftKey: true }));
			await settle(0);
			const side = { width: "w300", side: true } as const;
			capture({ name: "de-browser-sidebar", width: 300, height: 700, theme: "light", lang: "de", leaves: [{ el: browser, title: "Kartenbrowser", ...side }] });

			await run(app, "open-pane");
			const pane = view(app, "flashcard-review-pane");
			(pane.contentEl.querySelector(".flashcard-review-start") as HTMLElement | null)?.click();
			await settle(READ_MS);
			press(pane, " ");
			await settle(0);
			capture({ name: "de-pane-answer", width: 300, height: 700, theme: "dark", lang: "de", leaves: [{ el: pane.contentEl, title: "Karteikarten", ...side }] });

			await run(app, "review-due");
			await answer(app, "3");
			await reveal(app);
			capture({ name: "de-review-sidebar", width: 300, height: 760, theme: "light", lang: "de", leaves: [{ el: content(app), title: "Karteikarten lernen", ...side }] });

			await run(app, "open-statistics");
			await settle();
			capture({ name: "de-stats-sidebar", width: 300, height: 1600, theme: "light", lang: "de", leaves: [{ el: content(app, "flashcard-review-stats"), title: "Statistik", ...side }] });
		} finally {
			setAppLanguage("en");
			useLanguage("en");
		}
	});

	it("draws the read-only warning and the indexing status", async () => {
		const app = vaultApp();
		app.vault.adapter.writeSync(`${MANIFEST.dir}/data.json`, "{ not json");
		await startPlugin(app);
		await run(app, "review-due");
		capture({ name: "read-only", width: 900, height: 500, theme: "light", leaves: [{ el: content(app), title: "Flashcard review" }] });
	});
});
