// Screenshots of the review, the pane, the finished screen and the statistics, light and dark, at
// desktop, sidebar and phone widths: the real plugin draws them in the test fake of Obsidian
// (scripts/screenshots/scenes.shot.ts), headless Chromium takes the pictures.
//   node scripts/screenshots.mjs            → .screenshots/*.png
//   node scripts/screenshots.mjs --docs     → also docs/review.png (the README's picture)
import { execFileSync } from "node:child_process";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const out = join(root, ".screenshots");
const chromium = process.env.CHROMIUM ?? "/usr/bin/chromium";

execFileSync("npx", ["jest", "--config", "scripts/screenshots/jest.config.cjs"], { cwd: root, stdio: "inherit", env: { ...process.env, SHOTS_DIR: out } });
const scenes = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
for (const { name, width, height } of scenes) {
	execFileSync(
		chromium,
		["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--allow-file-access-from-files", `--window-size=${width},${height}`, `--screenshot=${join(out, `${name}.png`)}`, `file://${join(out, `${name}.html`)}`],
		{ stdio: "ignore" },
	);
	console.log(`${name}.png`);
}
if (process.argv.includes("--docs")) {
	copyFileSync(join(out, "readme.png"), join(root, "docs", "review.png"));
	copyFileSync(join(out, "browser-light.png"), join(root, "docs", "browser.png"));
}
