import type * as Obsidian from "obsidian";

/** Any callback: the real API types each event's arguments by overload. */
export type Callback = (...data: never[]) => unknown;

/** An event subscription; `offref` cancels it. */
export interface EventRef extends Obsidian.EventRef {
	emitter: Events;
	name: string;
	callback: Callback;
	ctx?: unknown;
}

export class Events implements Obsidian.Events {
	private readonly handlers = new Map<string, EventRef[]>();

	on(name: string, callback: Callback, ctx?: unknown): EventRef {
		const ref: EventRef = { emitter: this, name, callback, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}
	off(name: string, callback: Callback): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((ref) => ref.callback !== callback));
	}
	offref(ref: Obsidian.EventRef): void {
		const { name } = ref as EventRef;
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((r) => r !== ref));
	}
	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}
	tryTrigger(evt: Obsidian.EventRef, args: unknown[]): void {
		const ref = evt as EventRef;
		try {
			(ref.callback as (...a: unknown[]) => unknown).apply(ref.ctx, args);
		} catch (error) {
			console.error(error);
		}
	}
	/** Test helper: how many handlers are registered (for one event, or in all). */
	listenerCount(name?: string): number {
		if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
		let total = 0;
		for (const list of this.handlers.values()) total += list.length;
		return total;
	}
}
