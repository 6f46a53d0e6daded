/**
 * Lines joined by `\n`, where runs of lines copied from consecutive places of one text are copied as
 * one piece: after a day of review, a 50,000-line text is a few hundred pieces, not 50,000.
 */
export class LineRuns {
	private readonly pieces: string[] = [];
	/** The text being copied from, and the object that owns it (compared instead of the long text). */
	private owner: object | undefined;
	private source = "";
	private start = -1;
	private end = -1;

	/** Adds the line `source[start, end)` of a text `owner` holds. */
	copy(owner: object, source: string, start: number, end: number): void {
		if (owner === this.owner && start === this.end + 1) {
			this.end = end;
			return;
		}
		this.flush();
		this.owner = owner;
		this.source = source;
		this.start = start;
		this.end = end;
	}

	/** Adds a line written anew. */
	write(line: string): void {
		this.flush();
		this.pieces.push(line);
	}

	text(): string {
		this.flush();
		return this.pieces.join("\n");
	}

	private flush(): void {
		if (this.start < 0) return;
		this.pieces.push(this.source.slice(this.start, this.end));
		this.start = this.end = -1;
		this.owner = undefined;
		this.source = "";
	}
}
