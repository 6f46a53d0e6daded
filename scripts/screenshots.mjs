// The plugin's screens in headless Chromium, drawn by the real plugin over the test fake of Obsidian:
//   node scripts/screenshots.mjs --check   the browser tests (part of npm test): axe-core, overflow and
//                                          keyboard walks at desktop, 300 px sidebar and phone widths,
//                                          light and dark
//   node scripts/screenshots.mjs           .screenshots/*.png (review, pane, finished, statistics, …)
//   node scripts/screenshots.mjs --docs    the same, and docs/review.png (the README's picture)
// Static scenes come from scripts/screenshots/scenes.shot.ts (jest, jsdom); the keyboard walks run the
// plugin live in the page (scripts/screenshots/live.ts, walks.mjs).
import { execFileSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { chromium as playwright } from "playwright-core";
import { bundleHarness, findChromium } from "./screenshots/browser.mjs";
import { axeViolations, chartProblems, overflows } from "./screenshots/checks.mjs";
import { walkLayout } from "./screenshots/walks.mjs";

const root = join(import.meta.dirname, "..");
const out = join(root, ".screenshots");
const checking = process.argv.includes("--check");
// --only=static or --only=live runs half of the checks (while working on one of them).
const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice(7);
/** Keyboard walks run (none with --only=static). */
let walks = 0;
const started = Date.now();
const failures = [];
const fail = (message) => failures.push(message);

const executablePath = findChromium();
if (only !== "live") execFileSync("npx", ["jest", "--config", "scripts/screenshots/jest.config.cjs", "--silent"], { cwd: root, stdio: "inherit", env: { ...process.env, SHOTS_DIR: out } });
const scenes = only === "live" ? [] : JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
const browser = await playwright.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--hide-scrollbars"] });
try {
	for (const { name, width, height } of scenes) {
		const page = await browser.newPage({ viewport: { width, height } });
		await page.goto(`file://${join(out, `${name}.html`)}`);
		if (!checking) await page.screenshot({ path: join(out, `${name}.png`) });
		else {
			// Each scene in both themes; a scene drawn in each theme already is checked as drawn.
			const pair = name.match(/^(.*)-(light|dark)$/);
			const twin = pair && scenes.some((s) => s.name === `${pair[1]}-${pair[2] === "light" ? "dark" : "light"}`);
			for (const theme of twin ? [pair[2]] : ["light", "dark"]) {
				await page.evaluate((t) => (document.body.className = document.body.className.replace(/theme-\w+/, `theme-${t}`)), theme);
				for (const v of await axeViolations(page)) fail(`${name} (${theme}): ${v}`);
				for (const o of await overflows(page)) fail(`${name} (${theme}): overflow ${o}`);
				for (const c of await chartProblems(page)) fail(`${name} (${theme}): chart ${c}`);
			}
		}
		await page.close();
	}
	if (checking && only !== "static") {
		const harness = join(out, "live.js");
		await bundleHarness(root, harness);
		const page = join(out, "live.html");
		writeFileSync(page, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flashcard review</title><link rel="stylesheet" href="file://${root}/scripts/screenshots/frame.css"><link rel="stylesheet" href="file://${root}/styles.css"></head><body class="theme-light"><main class="shot-window"></main><script src="file://${harness}"></script></body></html>`);
		const vaultDir = join(root, "demo-vault");
		const notes = {};
		const walk = (dir) => {
			for (const name of readdirSync(dir)) {
				const full = join(dir, name);
				if (name === ".obsidian") continue;
				if (statSync(full).isDirectory()) walk(full);
				else if (name.endsWith(".md")) notes[relative(vaultDir, full).split("\\").join("/")] = readFileSync(full, "utf8");
			}
		};
		walk(vaultDir);
		const manifest = { ...JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")), dir: ".obsidian/plugins/flashcard-review" };
		const activeNote = "AWS Exams/AWS Cognito.md";
		const layouts = [["desktop", { width: 1100, height: 700 }, false], ["sidebar", { width: 300, height: 700 }, false], ["phone", { width: 380, height: 760 }, true]];
		for (const [layout, viewport, mobile] of layouts) {
			walks++;
			await walkLayout(browser, { url: `file://${page}`, boot: { notes, vaultDir, manifest, layout, activeNote }, viewport, mobile, fail });
		}
	}
} finally {
	await browser.close();
}
if (!checking) {
	for (const { name } of scenes) console.log(`${name}.png`);
	if (process.argv.includes("--docs")) {
		copyFileSync(join(out, "readme.png"), join(root, "docs", "review.png"));
		copyFileSync(join(out, "browser-light.png"), join(root, "docs", "browser.png"));
	}
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
	console.error(`\nBrowser tests: ${failures.length} problem(s) in ${seconds}s\n${failures.map((f) => `  ✕ ${f}`).join("\n")}`);
	process.exit(1);
}
console.log(checking ? `Browser tests: ${scenes.length} scenes × 2 themes and ${walks} keyboard walks passed in ${seconds}s` : `Screenshots in ${seconds}s`);
