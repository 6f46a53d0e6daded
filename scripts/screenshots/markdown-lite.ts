/**
 * Just enough Markdown for screenshots of the demo vault (headings, paragraphs, lists, rules, bold,
 * italics, code, links, embeds, highlights), in the shape Obsidian's renderer gives. Screenshots only:
 * the tests keep the fake's simpler renderer, whose output they assert on.
 */
const IMAGE = /\.(png|jpe?g|gif|svg|webp)$/i;

/** Renders `markdown` into `el`; images resolve to files under `vaultDir`. */
export function renderLite(markdown: string, el: HTMLElement, vaultDir: string, sourcePath: string): void {
	const lines = markdown.split("\n");
	let i = 0;
	while (i < lines.length) {
		const line = lines[i] ?? "";
		if (line.trim() === "") {
			i++;
			continue;
		}
		if (/^-{3,}\s*$/.test(line)) {
			el.createEl("hr");
			i++;
			continue;
		}
		const heading = /^(#{1,6})\s+(.*)$/.exec(line);
		if (heading) {
			inline(el.createEl(`h${heading[1]!.length}` as "h1", {}), heading[2]!, vaultDir, sourcePath);
			i++;
			continue;
		}
		const listItem = /^\s*(?:[-*+]|\d+\.)\s+/;
		if (listItem.test(line)) {
			const list = el.createEl(/^\s*\d/.test(line) ? "ol" : "ul");
			while (i < lines.length && listItem.test(lines[i] ?? "")) {
				inline(list.createEl("li"), (lines[i] ?? "").replace(listItem, ""), vaultDir, sourcePath);
				i++;
			}
			continue;
		}
		const para: string[] = [];
		while (i < lines.length && (lines[i] ?? "").trim() !== "" && !listItem.test(lines[i] ?? "") && !/^#{1,6}\s/.test(lines[i] ?? "")) para.push(lines[i++] ?? "");
		inline(el.createEl("p"), para.join("\n"), vaultDir, sourcePath);
	}
}

function inline(parent: HTMLElement, text: string, vaultDir: string, sourcePath: string): void {
	const token = /!\[\[([^\]|]+)(?:\|[^\]]*)?\]\]|\[\[([^\]|]+)(?:\|([^\]]*))?\]\]|\*\*([^*]+)\*\*|==([^=]+)==|_([^_]+)_|`([^`]+)`|\[([^\]]+)\]\(([^)]+)\)|(https?:\/\/\S+)/g;
	let last = 0;
	for (const m of text.matchAll(token)) {
		parent.appendText(text.slice(last, m.index));
		last = m.index + m[0].length;
		if (m[1] !== undefined) {
			const span = parent.createSpan({ cls: "internal-embed image-embed", attr: { src: m[1] } });
			if (IMAGE.test(m[1])) span.createEl("img", { attr: { src: `file://${vaultDir}/attachments/${m[1]}`, alt: m[1] } }); // Obsidian names an embedded image by its file
		} else if (m[2] !== undefined) parent.createEl("a", { cls: "internal-link", text: m[3] ?? m[2], attr: { "data-href": m[2], href: m[2] } });
		else if (m[4] !== undefined) inline(parent.createEl("strong"), m[4], vaultDir, sourcePath);
		else if (m[5] !== undefined) parent.createEl("mark", { text: m[5] });
		else if (m[6] !== undefined) parent.createEl("em", { text: m[6] });
		else if (m[7] !== undefined) parent.createEl("code", { text: m[7] });
		else if (m[8] !== undefined) parent.createEl("a", { cls: "external-link", text: m[8], attr: { href: m[9] ?? "" } });
		else if (m[10] !== undefined) parent.createEl("a", { cls: "external-link", text: m[10], attr: { href: m[10] } });
	}
	parent.appendText(text.slice(last));
	void sourcePath;
}
