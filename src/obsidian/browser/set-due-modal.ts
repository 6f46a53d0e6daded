import { Modal, Setting, type App } from "obsidian";
import { t } from "../i18n";

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
		this.setTitle(t("browser.setDue"));
		const error = this.contentEl.createDiv({ cls: "flashcard-review-browser-error" });
		new Setting(this.contentEl)
			.setName(t("setDue.days"))
			.setDesc(t("setDue.daysDesc"))
			.addText((text) => {
				text.setValue(this.value).onChange((value) => (this.value = value));
				text.inputEl.addEventListener("keydown", (evt) => {
					if (evt.key === "Enter") this.submit(error);
				});
			});
		new Setting(this.contentEl).addButton((button) => button.setButtonText(t("browser.setDue")).setCta().onClick(() => this.submit(error)));
	}

	private submit(error: HTMLElement): void {
		const days = Number(this.value.trim());
		if (this.value.trim() === "" || !Number.isInteger(days) || days < 0) {
			error.setText(t("setDue.notDays", { value: this.value }));
			return;
		}
		this.close();
		this.done(days);
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
