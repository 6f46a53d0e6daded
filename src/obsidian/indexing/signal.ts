/** A typed event with many listeners; `on` returns the function that unsubscribes. */
export class Signal<T> {
	private readonly listeners = new Set<(value: T) => void>();

	on(listener: (value: T) => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	emit(value: T): void {
		for (const listener of [...this.listeners]) listener(value);
	}

	/** How many listeners are subscribed (views must unsubscribe when they close). */
	get size(): number {
		return this.listeners.size;
	}
}
