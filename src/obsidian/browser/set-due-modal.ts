import { Modal, Setting, type App } from "obsidian";

/** Asks in how many days the selected cards are due (0 = today). */
export class SetDueModal extends Modal {
	private value = "0";

	constructor(
		app: App,
		private readonly done: (days: number) => void,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Set due date");
		const error = this.contentEl.createDiv({ cls: "flashcard-review-browser-error" });
		new Setting(this.contentEl)
			.setName("Due in days")
			.setDesc("Today is 0, tomorrow 1. New cards keep their place among new cards.")
			.addText((text) => {
				text.setValue(this.value).onChange((value) => (this.value = value));
				text.inputEl.addEventListener("keydown", (evt) => {
					if (evt.key === "Enter") this.submit(error);
				});
			});
		new Setting(this.contentEl).addButton((button) => button.setButtonText("Set due date").setCta().onClick(() => this.submit(error)));
	}

	private submit(error: HTMLElement): void {
		const days = Number(this.value.trim());
		if (this.value.trim() === "" || !Number.isInteger(days) || days < 0) {
			error.setText(`“${this.value}” is not a number of days: write 0 or a whole number above it.`);
			return;
		}
		this.close();
		this.done(days);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
