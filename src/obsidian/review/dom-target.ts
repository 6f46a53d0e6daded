/**
 * The element an event happened on. Checked with Obsidian's `instanceOf`, which works across windows:
 * in a popout window, elements are not instances of the main window's `Element`.
 */
export function targetElement(evt: Event): HTMLElement | null {
	const target = evt.target as Partial<Node> | null;
	return target?.instanceOf?.(HTMLElement) ? target : null;
}
