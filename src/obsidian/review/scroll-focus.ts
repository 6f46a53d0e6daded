/** Where the review's scrolling view looks and whether it keeps the keyboard: layout, no review logic. */

/** How much of the answer must show above the bar for the view to stay where it is (px). */
const ANSWER_PEEK_PX = 64;
/** How much of the question stays above the answer when the view scrolls to it (px). */
const QUESTION_CONTEXT_PX = 48;

/**
 * Brings the answer into view when it starts below what the user sees (above the bar of `barHeight`
 * px), keeping the end of the question above it; an answer that already shows leaves the view as is.
 */
export function scrollToAnswer(scrollEl: HTMLElement, answerEl: HTMLElement, barHeight: number): void {
	const view = scrollEl.getBoundingClientRect();
	const top = answerEl.getBoundingClientRect().top;
	if (top + ANSWER_PEEK_PX <= view.bottom - barHeight) return;
	scrollEl.scrollTop = Math.max(0, scrollEl.scrollTop + top - view.top - QUESTION_CONTEXT_PX);
}

/** Whether the keyboard focus is in the view (a redraw must not drop it, or the keys stop working). */
export function hasFocus(scrollEl: HTMLElement): boolean {
	const active = scrollEl.ownerDocument.activeElement;
	return active !== null && scrollEl.contains(active);
}

/** Puts the focus back on the view when a redraw removed the element that had it. */
export function keepFocus(scrollEl: HTMLElement): void {
	if (!hasFocus(scrollEl)) scrollEl.focus({ preventScroll: true });
}
