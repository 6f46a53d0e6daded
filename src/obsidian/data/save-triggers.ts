import type { Component, Workspace } from "obsidian";

/**
 * Writes pending reviews at once when Obsidian may stop without unloading the plugin: when it goes to
 * the background (a phone may then end it, and timers do not run there) and when it quits.
 */
export function flushWhenLeaving(owner: Pick<Component, "registerDomEvent" | "registerEvent">, workspace: Workspace, flush: () => Promise<void>): void {
	owner.registerDomEvent(document, "visibilitychange", () => {
		if (document.visibilityState === "hidden") void flush();
	});
	owner.registerEvent(workspace.on("quit", () => void flush()));
}
