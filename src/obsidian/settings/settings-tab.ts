import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { settingSections, type SettingsDeps } from "./settings-sections";

/**
 * The settings tab. One list of sections feeds both ways Obsidian draws tabs: declaratively (1.13+,
 * searchable) and through display() on older versions.
 */
export class FlashcardSettingTab extends PluginSettingTab {
	constructor(
		app: App,
		plugin: Plugin,
		private readonly deps: SettingsDeps,
	) {
		super(app, plugin);
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return settingSections(this.deps, () => this.draw()).map((section) => ({
			type: "group",
			heading: section.heading,
			items: section.items.map((item) => ({ name: item.name, desc: item.desc, render: (setting: Setting) => item.render(setting) })),
		}));
	}

	override display(): void {
		this.draw();
	}

	/** Draws every section; again when another preset is chosen (its values fill the rows). */
	private draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		for (const section of settingSections(this.deps, () => this.draw())) {
			new Setting(containerEl).setName(section.heading).setHeading();
			for (const item of section.items) item.render(new Setting(containerEl).setName(item.name).setDesc(item.desc));
		}
	}
}
