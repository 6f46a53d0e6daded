import type * as Obsidian from "obsidian";
import type { App } from "./app";
import { Component } from "./component";

export class Plugin extends Component implements Pick<Obsidian.Plugin, "addRibbonIcon" | "addCommand" | "addSettingTab" | "registerView" | "registerHoverLinkSource" | "loadData" | "saveData" | "onUserEnable"> {
	/** Test helper: the ribbon icons added. */
	readonly ribbonIcons: { icon: string; title: string; el: HTMLElement; callback: (evt: MouseEvent) => unknown }[] = [];
	private readonly fake: App;

	constructor(
		public app: Obsidian.App,
		public manifest: Obsidian.PluginManifest,
	) {
		super();
		this.fake = app as unknown as App;
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = (typeof document === "undefined" ? { remove() {} } : document.createElement("div")) as HTMLElement;
		if (typeof document !== "undefined") el.setAttribute("aria-label", title);
		const entry = { icon, title, el, callback };
		this.ribbonIcons.push(entry);
		this.register(() => {
			this.ribbonIcons.splice(this.ribbonIcons.indexOf(entry), 1);
			el.remove();
		});
		return el;
	}
	addCommand(command: Obsidian.Command): Obsidian.Command {
		const full = { ...command, id: `${this.manifest.id}:${command.id}` };
		this.fake.commands.set(full.id, full);
		this.register(() => this.fake.commands.delete(full.id));
		return full;
	}
	addSettingTab(settingTab: Obsidian.PluginSettingTab): void {
		this.fake.settingTabs.push(settingTab);
		this.register(() => this.fake.settingTabs.splice(this.fake.settingTabs.indexOf(settingTab), 1));
	}
	registerView(type: string, viewCreator: Obsidian.ViewCreator): void {
		this.fake.viewCreators.set(type, viewCreator);
		this.register(() => this.fake.viewCreators.delete(type));
	}
	registerHoverLinkSource(id: string, info: Obsidian.HoverLinkSource): void {
		this.fake.hoverLinkSources.set(id, info);
		this.register(() => this.fake.hoverLinkSources.delete(id));
	}
	/** As Obsidian does: null when there is no data.json, a SyntaxError when it is not JSON. */
	async loadData(): Promise<unknown> {
		const path = this.dataPath();
		if (!(await this.fake.vault.adapter.exists(path))) return null;
		return JSON.parse(await this.fake.vault.adapter.read(path)) as unknown;
	}
	async saveData(data: unknown): Promise<void> {
		await this.fake.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
	}
	onUserEnable(): void {}
	/** Test helper: loads the plugin and waits for its async onload, as Obsidian does. */
	async loadAndWait(): Promise<void> {
		this.load();
		await this.onloadResult;
	}

	private dataPath(): string {
		return `${this.manifest.dir ?? `${this.fake.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
	}
}
