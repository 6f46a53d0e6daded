/** The frame every statistics section shares: a heading, an optional range switch, a body. */

/** A choice in a section's range switch. */
export interface RangeChoice<T extends string> {
	value: T;
	label: string;
}

/** A titled section; returns its body. */
export function section(parent: HTMLElement, title: string, cls: string): HTMLElement {
	const el = parent.createEl("section", { cls: ["flashcard-review-stats-section", cls] });
	el.createEl("h4", { cls: "flashcard-review-stats-heading", text: title });
	return el.createDiv({ cls: "flashcard-review-stats-body" });
}

/**
 * Buttons that switch a section between ranges (month, year…); `draw` fills `target` for the
 * chosen one and runs again, alone, on each switch.
 */
export function rangeSwitch<T extends string>(
	parent: HTMLElement,
	choices: readonly RangeChoice<T>[],
	current: T,
	onChange: (value: T) => void,
	draw: (target: HTMLElement, value: T) => void,
): void {
	const bar = parent.createDiv({ cls: "flashcard-review-range", attr: { role: "group" } });
	const target = parent.createDiv();
	const buttons = choices.map((choice) =>
		bar.createEl("button", { cls: "flashcard-review-range-button", text: choice.label, attr: { "data-range": choice.value } }),
	);
	const show = (value: T): void => {
		buttons.forEach((button, i) => button.setAttr("aria-pressed", choices[i]?.value === value));
		target.empty();
		draw(target, value);
	};
	buttons.forEach((button, i) => {
		const choice = choices[i];
		if (!choice) return;
		button.addEventListener("click", () => {
			onChange(choice.value);
			show(choice.value);
		});
	});
	show(current);
}
