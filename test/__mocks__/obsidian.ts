/**
 * A small in-memory fake of the Obsidian API for tests, typed against the real `obsidian.d.ts`.
 * It behaves as the documented API does and only grows when a test needs more. Test helpers (not in
 * the real API) are marked as such; DOM extensions live in test/setup/obsidian-dom.ts.
 */
export { App } from "./obsidian/app";
export { Component, liveComponents, liveDomListeners } from "./obsidian/component";
export { Events } from "./obsidian/events";
export { debounce, getAllTags, getIcon, getLanguage, normalizePath, parseFrontMatterTags, requireApiVersion, sanitizeHTMLToDom, setAppLanguage, setIcon } from "./obsidian/functions";
export { Keymap, Scope } from "./obsidian/keys";
export { MarkdownRenderChild, MarkdownRenderer } from "./obsidian/markdown";
export { MetadataCache, computeMetadata } from "./obsidian/metadata-cache";
export { Plugin } from "./obsidian/plugin";
export { FuzzySuggestModal, Modal, Notice, SuggestModal } from "./obsidian/modals";
export { ButtonComponent, DropdownComponent, PluginSettingTab, Setting, TextAreaComponent, TextComponent, ToggleComponent } from "./obsidian/settings";
export { Menu, MenuItem, Platform } from "./obsidian/menus";
export { FakeAdapter, TAbstractFile, TFile, TFolder, Vault } from "./obsidian/vault";
export { FakeMarkdownView, FakeMarkdownView as MarkdownView, ItemView, View, Workspace, WorkspaceLeaf } from "./obsidian/workspace";
