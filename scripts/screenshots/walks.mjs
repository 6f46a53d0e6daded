// Keyboard walks through the live plugin in Chromium: Tab order with a visible focus ring, Enter on
// each button (it must press that button, never answer the card), the review keys, Escape; and, at
// each stop, axe-core and the overflow check in the light and the dark theme.
import { axeViolations, focused, overflows } from "./checks.mjs";

const SETTLE_MS = 350; // the review ignores Space, Enter and big buttons this soon after a change

/** One page of the live plugin at `layout`, with its checks; `fail` collects what went wrong. */
export async function walkLayout(browser, { url, boot, viewport, mobile, fail }) {
	const page = await browser.newPage({ viewport });
	page.on("pageerror", (error) => fail(`${boot.layout}: page error ${error.message}`));
	await page.goto(url);
	await page.evaluate((options) => window.flashcards.boot(options), boot);
	if (mobile) await page.evaluate(() => document.body.addClass("is-mobile", "is-phone"));
	const label = boot.layout;
	const check = (ok, message) => ok || fail(`${label}: ${message}`);
	const leafOf = { desktop: "review", phone: "review", sidebar: "pane" }[boot.layout];
	const L = `[data-leaf="${leafOf}"]`;
	const ratings = () => page.evaluate(() => window.flashcards.ratings());
	const opened = () => page.evaluate(() => window.flashcards.opened());
	const settle = () => page.waitForTimeout(SETTLE_MS);
	const enterOn = async (selector) => {
		await page.locator(selector).first().focus();
		await page.keyboard.press("Enter");
		await settle();
	};

	const themes = async (stop) => {
		for (const theme of ["light", "dark"]) {
			await page.evaluate((t) => document.body.removeClass("theme-light", "theme-dark") || document.body.addClass(`theme-${t}`), theme);
			for (const v of await axeViolations(page)) fail(`${label} ${stop} (${theme}): ${v}`);
			for (const o of await overflows(page)) fail(`${label} ${stop} (${theme}): overflow ${o}`);
		}
	};

	/** Tabs from the view's start to its end: every stop in document order, each with a ring. */
	const tabWalk = async (leaf, stop) => {
		await page.locator(`[data-leaf="${leaf}"] .view-content`).focus();
		const stops = [];
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press("Tab");
			const f = await focused(page);
			if (!f || f.leaf !== leaf || stops.some((s) => s.index === f.index)) break;
			stops.push(f);
		}
		for (const [i, s] of stops.entries()) {
			check(s.ring, `${stop}: no visible focus ring on ${s.tag}.${s.cls} "${s.name}"`);
			if (i > 0) check(s.index > stops[i - 1].index, `${stop}: Tab goes back from "${stops[i - 1].name}" to "${s.name}"`);
		}
		return stops.map((s) => s.name);
	};

	if (leafOf === "pane") {
		// The pane's home: the section header, the deck list, the note's cards.
		const names = await tabWalk("pane", "pane home");
		for (const want of ["Decks", "Review this note"]) check(names.some((n) => n.startsWith(want)), `pane home: Tab never reaches "${want}" (${names.join(" | ")})`);
		check(names.some((n) => n.startsWith("Card info: ")), "pane home: no card info button named after its card");
		await themes("pane home");
		const before = await opened();
		await enterOn(`${L} a.flashcard-review-note-card-front`);
		check((await opened()).notes === before.notes + 1, "Enter on a note's card does not open it");
		await enterOn(`${L} .flashcard-review-card-info-button`);
		check((await opened()).modals === before.modals + 1, "Enter on Card info does not open the card's info");
		await enterOn(`${L} .flashcard-review-section-header`);
		check((await page.locator(`${L} .flashcard-review-decks`).count()) === 0, "Enter on the Decks header does not fold the deck list");
		await enterOn(`${L} .flashcard-review-section-header`);
	}

	// The deck list: Tab, fold a deck, review one from its name, come back with Escape.
	if (leafOf === "review") {
		await page.keyboard.press("Escape");
		await settle();
	}
	check((await page.locator(`${L} .flashcard-review-decks`).count()) === 1, "no deck list after Escape");
	const deckNames = await tabWalk(leafOf, "deck list");
	check(deckNames.some((n) => /^Review \d+ cards?$/.test(n)), `deck list: Tab never reaches the start button (${deckNames.join(" | ")})`);
	check(deckNames.some((n) => n.startsWith("Collapse ") && !n.includes("::")), "deck list: no fold button, or a deck name read with raw ::");
	if (leafOf === "review") await themes("deck list");
	const toggle = `${L} button.flashcard-review-deck-toggle`;
	const expanded = await page.locator(toggle).first().getAttribute("aria-expanded");
	await enterOn(toggle);
	check((await page.locator(toggle).first().getAttribute("aria-expanded")) !== expanded, "Enter on a deck's fold button does not fold it");
	await enterOn(`${L} a.flashcard-review-deck-label`);
	check((await page.locator(`${L} .flashcard-review-question`).count()) === 1, "Enter on a deck's name does not start its review");
	await page.keyboard.press("Escape");
	await settle();
	await enterOn(`${L} button.flashcard-review-start`);
	check((await page.locator(`${L} .flashcard-review-question`).count()) === 1, "Enter on the start button does not start a review");

	// A session: Tab order, Enter on Show answer and on each answer button, then the review keys.
	const sessionNames = await tabWalk(leafOf, "question");
	// "AWS Cognito" is the breadcrumb's link to the note.
	for (const want of ["Decks", "Card", "Show answer", "Undo", "AWS Cognito"]) check(sessionNames.some((n) => n.startsWith(want)), `question: Tab never reaches "${want}" (${sessionNames.join(" | ")})`);
	await themes("question");
	await enterOn(`${L} .flashcard-review-reveal`);
	check((await page.locator(`${L} .flashcard-review-answer`).count()) === 4, "Enter on Show answer does not show the answer buttons");
	const answerNames = await tabWalk(leafOf, "answer");
	for (const want of ["Again", "Hard", "Good", "Easy"]) check(answerNames.some((n) => n.startsWith(want)), `answer: Tab never reaches "${want}"`);
	await themes("answer");
	for (const rating of [1, 2, 3, 4]) {
		const count = (await ratings()).length;
		await enterOn(`${L} [data-rating="${rating}"]`);
		const after = await ratings();
		check(after.length === count + 1 && after.at(-1) === rating, `Enter on answer button ${rating} recorded ${JSON.stringify(after.slice(count))}`);
		// The review keys on the card itself: Space shows the next answer.
		await page.locator(`${L} .flashcard-review-card`).focus();
		await page.keyboard.press("Space");
		await settle();
	}
	check((await page.locator(`${L} .flashcard-review-answer`).count()) === 4, "Space on the card does not show the answer");
	await page.locator(`${L} .view-content`).focus();
	let count = (await ratings()).length;
	await page.keyboard.press("3");
	await settle();
	check((await ratings()).length === count + 1 && (await ratings()).at(-1) === 3, "the 3 key on the view does not answer Good");

	// The top bar's buttons, each pressed with Enter.
	const cardId = () => page.locator(`${L} .flashcard-review-card`).getAttribute("data-card");
	count = (await ratings()).length;
	await enterOn(`${L} [data-action="Undo"]`);
	check((await ratings()).length === count - 1, "Enter on Undo does not undo");
	for (const [action, effect] of [["Open note", "notes"], ["Edit", "notes"], ["Card info", "modals"], ["More", "menus"]]) {
		const button = page.locator(`${L} [data-action="${action}"]`);
		if (!(await button.isVisible())) continue;
		const before = await opened();
		await enterOn(`${L} [data-action="${action}"]`);
		check((await opened())[effect] === before[effect] + 1, `Enter on ${action} does nothing`);
	}
	for (const action of ["Bury card", "Suspend card"]) {
		if (!(await page.locator(`${L} [data-action="${action}"]`).isVisible())) continue;
		const id = await cardId();
		await enterOn(`${L} [data-action="${action}"]`);
		check((await cardId()) !== id, `Enter on ${action} leaves the card on screen`);
	}
	await enterOn(`${L} .flashcard-review-back`);
	check((await page.locator(`${L} .flashcard-review-decks`).count()) === 1, "Enter on Decks does not go back to the deck list");
	await page.close();
}
