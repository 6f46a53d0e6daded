import type * as Obsidian from "obsidian";
import { Events } from "./events";
import { TextEncoder } from "util";
import { normalizePath } from "./functions";

export abstract class TAbstractFile implements Obsidian.TAbstractFile {
	name: string;
	parent: TFolder | null = null;
	constructor(
		public vault: Obsidian.Vault,
		public path: string,
	) {
		this.name = path.split("/").pop() ?? path;
	}
	/** Moves the file object to a new path, as Obsidian does on rename. */
	setPath(path: string): void {
		this.path = path;
		this.name = path.split("/").pop() ?? path;
	}
}

export class TFile extends TAbstractFile implements Obsidian.TFile {
	stat: Obsidian.FileStats = { ctime: 0, mtime: 0, size: 0 };
	get basename(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(0, dot) : this.name;
	}
	get extension(): string {
		const dot = this.name.lastIndexOf(".");
		return dot > 0 ? this.name.slice(dot + 1) : "";
	}
}

export class TFolder extends TAbstractFile implements Obsidian.TFolder {
	children: TAbstractFile[] = [];
	isRoot(): boolean {
		return this.path === "/";
	}
}

type Content = string | ArrayBuffer;

/** The file system under the vault: holds notes and the config folder alike. */
export class FakeAdapter implements Pick<Obsidian.DataAdapter, "getName" | "exists" | "stat" | "list" | "read" | "write" | "copy" | "remove" | "mkdir" | "rename" | "getResourcePath"> {
	readonly files = new Map<string, { content: Content; ctime: number; mtime: number }>();
	readonly folders = new Set<string>();
	/** Paths written, in order (tests prove what was and was not overwritten). */
	readonly writes: string[] = [];

	getName(): string {
		return "fake";
	}
	async exists(path: string): Promise<boolean> {
		normalized(path);
		return this.files.has(path) || this.folders.has(path);
	}
	async stat(path: string): Promise<Obsidian.Stat | null> {
		const file = this.files.get(normalized(path));
		if (file) return { type: "file", ctime: file.ctime, mtime: file.mtime, size: sizeOf(file.content) };
		return this.folders.has(path) ? { type: "folder", ctime: 0, mtime: 0, size: 0 } : null;
	}
	async list(path: string): Promise<Obsidian.ListedFiles> {
		const prefix = path === "" || path === "/" ? "" : `${normalized(path)}/`;
		const direct = (p: string) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/");
		return { files: [...this.files.keys()].filter(direct), folders: [...this.folders].filter(direct) };
	}
	async read(path: string): Promise<string> {
		return this.readSync(normalized(path));
	}
	async write(path: string, data: string): Promise<void> {
		this.writeSync(normalized(path), data);
	}
	/** Fails when the target exists, as documented; the copy keeps the source's times (as on macOS). */
	async copy(from: string, to: string): Promise<void> {
		const file = this.files.get(normalized(from));
		if (!file) throw new Error(`ENOENT: ${from}`);
		if (this.files.has(normalized(to))) throw new Error(`EEXIST: ${to}`);
		this.writes.push(to);
		this.files.set(to, { ...file });
	}
	async remove(path: string): Promise<void> {
		this.files.delete(normalized(path));
	}
	async mkdir(path: string): Promise<void> {
		this.folders.add(normalized(path));
	}
	/**
	 * Test setting: whether rename replaces an existing file. The API does not say; file systems differ
	 * (POSIX replaces, Windows refuses), so callers must cope with both and tests try both.
	 */
	renameReplaces = false;
	async rename(from: string, to: string): Promise<void> {
		const file = this.files.get(normalized(from));
		if (!file) throw new Error(`ENOENT: ${from}`);
		if (!this.renameReplaces && this.files.has(normalized(to))) throw new Error(`EEXIST: ${to}`);
		this.writes.push(to);
		this.files.delete(from);
		this.files.set(normalized(to), file);
	}
	getResourcePath(path: string): string {
		return `app://fake/${encodeURI(path)}`;
	}
	readSync(path: string): string {
		const file = this.files.get(path);
		if (!file) throw new Error(`ENOENT: no such file, open '${path}'`);
		return typeof file.content === "string" ? file.content : "";
	}
	writeSync(path: string, content: Content, mtime = Date.now()): void {
		this.writes.push(path);
		// A file's folders exist once it does.
		for (let slash = path.lastIndexOf("/"); slash > 0; slash = path.lastIndexOf("/", slash - 1)) this.folders.add(path.slice(0, slash));
		const old = this.files.get(path);
		this.files.set(path, { content, ctime: old?.ctime ?? mtime, mtime });
	}
}

/**
 * The adapter takes paths already passed through normalizePath (its parameters are named
 * `normalizedPath`); on a real disk another spelling reaches another file, or fails. The fake refuses it.
 */
function normalized(path: string): string {
	if (normalizePath(path) !== path) throw new Error(`Not a normalized path: "${path}"`);
	return path;
}

function sizeOf(content: Content): number {
	return typeof content === "string" ? new TextEncoder().encode(content).length : content.byteLength;
}

/** Hooks the metadata cache installs so that vault writes re-index like Obsidian does. */
export interface VaultListener {
	fileChanged(file: TFile, text: string): void;
	fileDeleted(file: TFile): void;
	fileRenamed(file: TFile, oldPath: string): void;
}

export class Vault extends Events implements Pick<Obsidian.Vault, "configDir" | "getName" | "getFileByPath" | "getFolderByPath" | "getAbstractFileByPath" | "getRoot" | "create" | "read" | "cachedRead" | "getResourcePath" | "delete" | "rename" | "modify" | "process" | "getAllLoadedFiles" | "getMarkdownFiles" | "getFiles" | "on"> {
	readonly adapter = new FakeAdapter();
	configDir = ".obsidian";
	/** Test helper: every path read through read/cachedRead, in order. */
	readonly reads: string[] = [];
	listener: VaultListener | null = null;
	private readonly root: TFolder;
	private readonly byPath = new Map<string, TAbstractFile>();

	constructor() {
		super();
		this.root = new TFolder(this as unknown as Obsidian.Vault, "/");
		this.root.name = "";
	}

	getName(): string {
		return "vault";
	}
	/** Test helper: puts a file in place without events, as if it existed when the app started. */
	addFile(path: string, content: Content, mtime = Date.now()): TFile {
		path = normalizePath(path);
		const file = new TFile(this as unknown as Obsidian.Vault, path);
		file.parent = this.ensureFolder(parentPath(path));
		file.parent.children.push(file);
		this.byPath.set(path, file);
		this.adapter.writeSync(path, content, mtime);
		this.adapter.writes.pop();
		this.refreshStat(file);
		return file;
	}
	getFileByPath(path: string): TFile | null {
		const file = this.byPath.get(normalizePath(path));
		return file instanceof TFile ? file : null;
	}
	getFolderByPath(path: string): TFolder | null {
		const folder = path === "/" ? this.root : this.byPath.get(normalizePath(path));
		return folder instanceof TFolder ? folder : null;
	}
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this.byPath.get(normalizePath(path)) ?? null;
	}
	getRoot(): TFolder {
		return this.root;
	}
	async create(path: string, data: string): Promise<TFile> {
		if (this.byPath.has(path)) throw new Error("File already exists.");
		const file = this.addFile(path, data);
		this.adapter.writes.push(path);
		this.trigger("create", file);
		this.listener?.fileChanged(file, data);
		return file;
	}
	async read(file: Obsidian.TFile): Promise<string> {
		this.reads.push(file.path);
		return this.adapter.readSync(file.path);
	}
	async cachedRead(file: Obsidian.TFile): Promise<string> {
		return this.read(file);
	}
	getResourcePath(file: Obsidian.TFile): string {
		return this.adapter.getResourcePath(file.path);
	}
	async delete(file: Obsidian.TAbstractFile): Promise<void> {
		const own = this.byPath.get(file.path);
		if (!own) throw new Error(`ENOENT: ${file.path}`);
		for (const inner of this.descendants(own)) {
			this.byPath.delete(inner.path);
			this.adapter.files.delete(inner.path);
		}
		own.parent!.children = own.parent!.children.filter((c) => c !== own);
		this.trigger("delete", own);
		if (own instanceof TFile) this.listener?.fileDeleted(own);
	}
	async rename(file: Obsidian.TAbstractFile, newPath: string): Promise<void> {
		const own = this.byPath.get(file.path);
		if (!own) throw new Error(`ENOENT: ${file.path}`);
		newPath = normalizePath(newPath);
		const moved = this.descendants(own).map((f) => ({ f, old: f.path }));
		const oldRoot = own.path;
		for (const { f, old } of moved) {
			const next = newPath + old.slice(oldRoot.length);
			this.byPath.delete(old);
			const entry = this.adapter.files.get(old);
			if (entry) {
				this.adapter.files.delete(old);
				this.adapter.files.set(next, entry);
			}
			f.setPath(next);
			this.byPath.set(next, f);
		}
		own.parent!.children = own.parent!.children.filter((c) => c !== own);
		own.parent = this.ensureFolder(parentPath(newPath));
		own.parent.children.push(own);
		// Obsidian reports a rename for the item and, for a folder, for everything inside it.
		for (const { f, old } of moved) {
			this.trigger("rename", f, old);
			if (f instanceof TFile) this.listener?.fileRenamed(f, old);
		}
	}
	async modify(file: Obsidian.TFile, data: string): Promise<void> {
		const own = this.getFileByPath(file.path);
		if (!own) throw new Error(`ENOENT: ${file.path}`);
		this.adapter.writeSync(own.path, data);
		this.refreshStat(own);
		this.trigger("modify", own);
		this.listener?.fileChanged(own, data);
	}
	async process(file: Obsidian.TFile, fn: (data: string) => string): Promise<string> {
		const next = fn(this.adapter.readSync(file.path));
		await this.modify(file, next);
		return next;
	}
	getAllLoadedFiles(): TAbstractFile[] {
		return [this.root, ...this.byPath.values()];
	}
	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}
	getFiles(): TFile[] {
		return [...this.byPath.values()].filter((f): f is TFile => f instanceof TFile);
	}

	private refreshStat(file: TFile): void {
		const stat = this.adapter.files.get(file.path)!;
		file.stat = { ctime: stat.ctime, mtime: stat.mtime, size: sizeOf(stat.content) };
	}
	private descendants(item: TAbstractFile): TAbstractFile[] {
		if (!(item instanceof TFolder)) return [item];
		return [item, ...item.children.flatMap((c) => this.descendants(c))];
	}
	private ensureFolder(path: string): TFolder {
		if (path === "" || path === "/") return this.root;
		const existing = this.byPath.get(path);
		if (existing instanceof TFolder) return existing;
		const folder = new TFolder(this as unknown as Obsidian.Vault, path);
		folder.parent = this.ensureFolder(parentPath(path));
		folder.parent.children.push(folder);
		this.byPath.set(path, folder);
		this.adapter.folders.add(path);
		return folder;
	}
}

function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}
