import { chromium } from "playwright-core";
import { readFileSync } from "node:fs";
const axe = readFileSync("node_modules/axe-core/axe.min.js", "utf8");
const scenes = JSON.parse(readFileSync(".screenshots/manifest.json", "utf8"));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const t0 = Date.now();
for (const s of scenes) {
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
  await page.goto(`file://${process.cwd()}/.screenshots/${s.name}.html`);
  await page.addScriptTag({ content: axe });
  const r = await page.evaluate(async () => await axe.run(document, { resultTypes: ["violations"] }));
  for (const v of r.violations) console.log(s.name, v.impact, v.id, v.nodes.length, v.nodes.slice(0,3).map(n => n.target.join(" ") + " :: " + (n.any[0]?.message ?? n.failureSummary).slice(0,140)).join(" | "));
  await page.close();
}
console.log("ms", Date.now() - t0);
await browser.close();
