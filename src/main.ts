import { normalizePath, Notice, Plugin } from "obsidian";
import { registerCommands } from "./obsidian/commands";
import { VIEW_TYPE_PANE, VIEW_TYPE_REVIEW } from "./obsidian/constants";
import { deviceId } from "./obsidian/device-id";
import { LiveCollection } from "./obsidian/live-collection";
import { optionsOf, setOptionsOf } from "./obsidian/collection-options";
import { PluginDataFile } from "./obsidian/persistence";
import { ReviewPane } from "./obsidian/review-pane";
import { openPane, openReview } from "./obsidian/review-opener";
import { ReviewView } from "./obsidian/review-view";
import type { ViewServices } from "./obsidian/review-view-base";
import { FlashcardSettingTab } from "./obsidian/settings-tab";
import { liveStatisticsHost } from "./obsidian/stats/live-statistics-host";
import { registerStatistics } from "./obsidian/stats/register-statistics";
import type { ShellSettings } from "./obsidian/shell-settings";
import { VaultIndexer } from "./obsidian/vault-indexer";

/** Wiring only: every behaviour lives in src/obsidian (shell) and src/core (decisions). */
export default class FlashcardReviewPlugin extends Plugin {
	private reloadData: (() => Promise<void>) | null = null;

	override async onload(): Promise<void> {
		const app = this.app;
		const now = (): Date => new Date();
		const dir = this.manifest.dir ?? normalizePath(`${app.vault.configDir}/plugins/${this.manifest.id}`);
		const io = { loadData: () => this.loadData() as Promise<unknown>, saveData: (data: unknown) => this.saveData(data), adapter: app.vault.adapter, dir };
		const file = new PluginDataFile(io, deviceId(app), now, (message) => new Notice(message, 0));
		const loaded = await file.open();
		const live = new LiveCollection(loaded.collection);
		let shell: ShellSettings = loaded.shell;
		// Until the first scan is over, views say they are indexing.
		live.setStatus(true, file.readOnly);
		file.attach(() => ({ collection: live.collection, shell }));
		const save = (): void => file.requestSave();

		const indexer = this.addChild(
			new VaultIndexer({ app, live, now, save, ignoredFolders: () => shell.ignoredFolders, noteKeys: () => optionsOf(live.collection) }),
		);
		const statistics = registerStatistics(this, liveStatisticsHost(app, live, now, (cleanup) => this.register(cleanup)));
		const services: ViewServices = { app, live, now, save, flush: () => file.flush(), cardTag: () => optionsOf(live.collection).cardTag, ...statistics };
		this.registerView(VIEW_TYPE_REVIEW, (leaf) => new ReviewView(leaf, services));
		this.registerView(VIEW_TYPE_PANE, (leaf) => new ReviewPane(leaf, services));
		this.registerHoverLinkSource(VIEW_TYPE_REVIEW, { display: "Flashcard review", defaultMod: true });
		this.registerHoverLinkSource(VIEW_TYPE_PANE, { display: "Flashcard review pane", defaultMod: true });

		registerCommands(this, {
			app,
			live,
			review: (target) => openReview(app, shell.reviewLocation, target),
			openPane: () => openPane(app),
			rebuild: async () => {
				await indexer.rebuild();
				new Notice(`Card index rebuilt: ${live.cards().length} cards.`);
			},
		});
		let reindexTimer = 0;
		this.addSettingTab(
			new FlashcardSettingTab(app, this, {
				options: () => optionsOf(live.collection),
				setOptions: (changes) => {
					const error = setOptionsOf(live.collection, changes);
					if (error === null) {
						live.touch({ paths: null, reason: "options" });
						save();
					}
					return error;
				},
				shell: () => shell,
				setShell: (changes) => {
					shell = { ...shell, ...changes };
					save();
				},
				reindex: () => {
					window.clearTimeout(reindexTimer);
					reindexTimer = window.setTimeout(() => void indexer.rebuild(), 1000);
				},
			}),
		);
		this.register(() => window.clearTimeout(reindexTimer));

		this.reloadData = () =>
			file.reload(live.collection, (data) => {
				shell = data.shell;
				if (data.collection === live.collection) live.touch({ paths: null, reason: "sync" });
				else live.replace(data.collection);
				live.setStatus(live.indexing, file.readOnly);
			});
		app.workspace.onLayoutReady(() => void indexer.start());
		this.register(() => void file.close());
	}

	/** data.json changed outside Obsidian (sync): merge it, never overwrite it. */
	override async onExternalSettingsChange(): Promise<void> {
		await this.reloadData?.();
	}
}
