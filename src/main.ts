import { Plugin } from "obsidian";
import { optionsOf } from "./obsidian/settings/collection-options";
import { registerCommands } from "./obsidian/commands";
import { VIEW_TYPE_PANE, VIEW_TYPE_REVIEW } from "./obsidian/constants";
import { dataReloader, ExternalChanges, watchFolder } from "./obsidian/data/data-sync";
import { deviceId } from "./obsidian/data/device-id";
import { t } from "./obsidian/i18n";
import { LiveCollection } from "./obsidian/indexing/live-collection";
import { pluginDataIo } from "./obsidian/data/data-io";
import { PluginDataFile } from "./obsidian/data/persistence";
import { dataNotices } from "./obsidian/data/data-notices";
import { ReviewPane } from "./obsidian/pane/review-pane";
import { openPane, openReview } from "./obsidian/review/review-opener";
import { ReviewView } from "./obsidian/review/review-view";
import { flushWhenLeaving } from "./obsidian/data/save-triggers";
import type { ViewServices } from "./obsidian/review/review-view-base";
import type { SessionTarget } from "./obsidian/review/review-session";
import { settingsHost, ShellState } from "./obsidian/settings/settings-host";
import { FlashcardSettingTab } from "./obsidian/settings/settings-tab";
import { liveStatisticsHost } from "./obsidian/stats/live-statistics-host";
import { registerStatistics } from "./obsidian/stats/register-statistics";
import { VaultIndexer } from "./obsidian/indexing/vault-indexer";
import { registerBrowser } from "./obsidian/browser/register-browser";

/** Wiring only: every behaviour lives in src/obsidian (shell) and src/core (decisions). */
export default class FlashcardReviewPlugin extends Plugin {
	private readonly external = new ExternalChanges();
	/** Set once Obsidian unloads the plugin, which can happen while `onload` still awaits its store. */
	private unloaded = false;

	override async onload(): Promise<void> {
		const app = this.app;
		const now = (): Date => new Date();
		const device = deviceId(app);
		const file = new PluginDataFile(pluginDataIo(this, device), device, now, dataNotices());
		const loaded = await file.open();
		// Disabled while the store was read: register nothing on the unloaded plugin (nothing would
		// ever unregister it) and write nothing.
		if (this.unloaded) return file.close();
		const live = new LiveCollection(loaded.collection);
		const shell = new ShellState(loaded.shell);
		// Until the first scan is over, views say they are indexing.
		live.setStatus(true, file.readOnly);
		file.attach(() => ({ collection: live.collection, shell: shell.saving() }));
		this.register(() => void file.close());
		flushWhenLeaving(this, app.workspace, () => file.flush());
		const save = (): void => file.requestSave();

		const indexer = this.addChild(
			new VaultIndexer({ app, live, now, save, ignoredFolders: () => shell.current.ignoredFolders, noteKeys: () => optionsOf(live.collection) }),
		);
		const refreshIndex = (): void => indexer.refreshSoon();
		const statistics = registerStatistics(this, liveStatisticsHost(app, live, now, (cleanup) => this.register(cleanup)));
		const review = (target: SessionTarget | null): Promise<void> => openReview(app, shell.current.reviewLocation, target);
		const browser = registerBrowser(this, { live, now, save, review: (target) => void review(target), openCardInfo: statistics.openCardInfo });
		const services: ViewServices = { app, live, now, save, flush: () => file.flush(), cardTag: () => optionsOf(live.collection).cardTag, ...statistics, ...browser };
		this.registerView(VIEW_TYPE_REVIEW, (leaf) => new ReviewView(leaf, services));
		this.registerView(VIEW_TYPE_PANE, (leaf) => new ReviewPane(leaf, services));
		this.registerHoverLinkSource(VIEW_TYPE_REVIEW, { display: t("hover.review"), defaultMod: true });
		this.registerHoverLinkSource(VIEW_TYPE_PANE, { display: t("hover.pane"), defaultMod: true });
		registerCommands(this, {
			app,
			live,
			review,
			openPane: () => openPane(app),
			rebuild: () => indexer.rebuild(),
		});
		this.addSettingTab(new FlashcardSettingTab(app, this, settingsHost({ live, shell, save, refreshIndex, register: (cleanup) => this.register(cleanup) })));
		app.workspace.onLayoutReady(() => void indexer.start());
		this.register(() => this.external.detach());
		await this.external.attach(dataReloader({ file, live, shell, refreshIndex }));
		if (!this.unloaded) watchFolder(this, file, () => this.external.changed());
	}

	override onunload(): void {
		this.unloaded = true;
	}

	/** data.json changed outside Obsidian (sync): merge it, never overwrite it. */
	override async onExternalSettingsChange(): Promise<void> {
		await this.external.changed();
	}
}
