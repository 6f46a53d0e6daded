// What the browser tests check on a page: axe-core's serious and critical findings, elements that
// overflow their view, and where the keyboard's focus is (with a visible ring).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core's serious and critical violations, as "rule: target" lines. A card's rendered Markdown
 * is Obsidian's reading view, coloured by the theme (its link colour is Obsidian's, not the
 * plugin's), so it is left out of the colour-contrast rule only.
 */
export async function axeViolations(page) {
	if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource });
	return page.evaluate(async () => {
		const result = await window.axe.run(document, { resultTypes: ["violations"] });
		const found = [];
		for (const v of result.violations) {
			if (v.impact !== "serious" && v.impact !== "critical") continue;
			for (const node of v.nodes) {
				const el = document.querySelector(node.target[0]);
				if (v.id === "color-contrast" && el?.closest(".markdown-rendered")) continue;
				const why = (node.any[0] ?? node.all[0] ?? node.none[0])?.message ?? "";
				found.push(`${v.id}: ${node.target.join(" ")} (${why})`);
			}
		}
		return found;
	});
}

/**
 * Elements that stick out of their view's content box sideways, and views that scroll sideways. An
 * element inside a box that clips or scrolls is that box's business (an ellipsis, a scrolling table).
 */
export async function overflows(page) {
	return page.evaluate(() => {
		const found = [];
		for (const view of document.querySelectorAll(".view-content")) {
			if (view.scrollWidth > view.clientWidth + 1) found.push(`${view.parentElement?.closest(".shot-leaf")?.querySelector(".shot-header")?.textContent}: the view scrolls sideways (${view.scrollWidth} > ${view.clientWidth})`);
			const box = view.getBoundingClientRect();
			for (const el of view.querySelectorAll("*")) {
				const r = el.getBoundingClientRect();
				if (r.width === 0 || r.height === 0) continue;
				if (r.right <= box.right + 1 && r.left >= box.left - 1) continue;
				let clipped = false;
				for (let a = el.parentElement; a && a !== view; a = a.parentElement) {
					const style = getComputedStyle(a);
					if (style.overflowX !== "visible" || style.position === "absolute") clipped = true;
				}
				if (!clipped) found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.textContent ?? "").slice(0, 30)}" ends at ${Math.round(r.right)} past ${Math.round(box.right)}`);
			}
		}
		return found;
	});
}

/** The focused element: a short description, whether it shows a focus ring, and its place in the document. */
export async function focused(page) {
	return page.evaluate(() => {
		const el = document.activeElement;
		if (!el || el === document.body) return null;
		const style = getComputedStyle(el);
		const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
		// The name a screen reader reads: its label, or its text without what is hidden from it.
		const copy = el.cloneNode(true);
		for (const hidden of copy.querySelectorAll("[aria-hidden='true']")) hidden.remove();
		const name = el.getAttribute("aria-label") ?? copy.textContent?.trim().slice(0, 40) ?? "";
		const all = [...document.querySelectorAll("*")];
		return { tag: el.tagName.toLowerCase(), cls: el.className, name, ring, index: all.indexOf(el), leaf: el.closest("[data-leaf]")?.getAttribute("data-leaf") ?? "" };
	});
}

/**
 * Chart problems axe does not see: a value label over the bars, and bar colours under 3:1 against
 * the background (WCAG 1.4.11) in the theme on screen.
 */
export async function chartProblems(page) {
	return page.evaluate(() => {
		const found = [];
		const rgb = (value) => {
			const numbers = (value.match(/[\d.]+/g) ?? []).map(Number);
			// Chromium writes color-mix() results as color(srgb r g b) in 0–1, others as rgb(0–255).
			return value.startsWith("color(") ? numbers.slice(0, 3).map((n) => n * 255) : numbers.slice(0, 3);
		};
		const luminance = ([r, g, b]) => {
			const lin = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
			return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
		};
		const background = (el) => {
			for (let a = el; a; a = a.parentElement) {
				const bg = getComputedStyle(a).backgroundColor;
				if (bg && !bg.includes("rgba(0, 0, 0, 0)") && bg !== "transparent") return rgb(bg);
			}
			return [255, 255, 255];
		};
		for (const plot of document.querySelectorAll(".flashcard-review-chart-plot")) {
			const values = plot.querySelector(".flashcard-review-chart-values")?.getBoundingClientRect();
			const bars = plot.querySelector("svg")?.getBoundingClientRect();
			if (values && bars && values.right > bars.left + 0.5) found.push("a value label overlaps the bars");
		}
		const seen = new Set();
		for (const segment of document.querySelectorAll(".flashcard-review-chart-segment, .flashcard-review-swatch")) {
			const cls = [...segment.classList].find((c) => c.startsWith("flashcard-review-series-"));
			if (!cls || seen.has(cls)) continue;
			seen.add(cls);
			const style = getComputedStyle(segment);
			const colour = rgb(segment.tagName.toLowerCase() === "rect" ? style.fill : style.backgroundColor);
			const l1 = luminance(colour);
			const l2 = luminance(background(segment.parentElement));
			const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
			if (ratio < 3) found.push(`${cls} has ${ratio.toFixed(2)}:1 against its background`);
		}
		return found;
	});
}
