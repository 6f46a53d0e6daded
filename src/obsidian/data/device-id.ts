import type { App } from "obsidian";
import { DEVICE_ID_KEY } from "../constants";

/**
 * This device's id, kept in the vault's local storage so it never travels inside the synced
 * data.json; minted once, on first use.
 */
export function deviceId(storage: Pick<App, "loadLocalStorage" | "saveLocalStorage">): string {
	const stored: unknown = storage.loadLocalStorage(DEVICE_ID_KEY);
	if (typeof stored === "string" && stored !== "") return stored;
	const id = mintId();
	storage.saveLocalStorage(DEVICE_ID_KEY, id);
	return id;
}

function mintId(): string {
	const bytes = new Uint8Array(8);
	const crypto = typeof window !== "undefined" ? window.crypto : undefined;
	if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
	else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
