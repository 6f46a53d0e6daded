/**
 * The parser as Obsidian mobile runs it: the core bundled with the plugin's mobile settings (browser
 * platform, `fs` mapped to an empty module, `Buffer` injected per module) and run where there is no
 * Buffer, no process and no require. gray-matter must parse frontmatter there too.
 */
import { build, type Plugin } from "esbuild";
import { readFileSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";
import { parseNote } from "../../../src/core";

const ROOT = join(__dirname, "..", "..", "..");
const SAMPLE = readFileSync(join(ROOT, "demo-vault", "AWS Exams", "AWS Cognito.md"), "utf8");

// The same mapping as esbuild.config.mjs.
const emptyFs: Plugin = {
	name: "empty-fs",
	setup(build) {
		build.onResolve({ filter: /^fs$/ }, () => ({ path: "fs", namespace: "empty-fs" }));
		build.onLoad({ filter: /.*/, namespace: "empty-fs" }, () => ({ contents: "module.exports = {};", loader: "js" }));
	},
};

type ParseNote = typeof parseNote;

async function loadBundledParser(): Promise<{ parse: ParseNote; sandbox: Record<string, unknown> }> {
	const result = await build({
		entryPoints: [join(ROOT, "src", "core", "index.ts")],
		bundle: true,
		write: false,
		platform: "browser",
		format: "cjs",
		target: "es2018",
		inject: [join(ROOT, "shims", "buffer.js")],
		plugins: [emptyFs],
		logLevel: "silent",
	});
	const module = { exports: {} as Record<string, unknown> };
	const sandbox: Record<string, unknown> = {
		module,
		exports: module.exports,
		require: (name: string) => {
			throw new Error(`Cannot find module '${name}' (not available on mobile)`);
		},
	};
	createContext(sandbox);
	runInContext(result.outputFiles[0]?.text ?? "", sandbox, { filename: "core.js" });
	return { parse: module.exports.parseNote as ParseNote, sandbox };
}

describe("the bundled parser without Node globals", () => {
	let parse: ParseNote;
	let sandbox: Record<string, unknown>;
	beforeAll(async () => {
		({ parse, sandbox } = await loadBundledParser());
	});

	it("parses the sample note exactly as in Node", () => {
		const bundled = parse(SAMPLE, "AWS Exams/AWS Cognito.md");
		// Compare as JSON: arrays made inside the sandbox belong to another realm.
		expect(JSON.parse(JSON.stringify(bundled))).toEqual(parseNote(SAMPLE, "AWS Exams/AWS Cognito.md"));
		expect(bundled.deck).toBe("AWS Exams::Solutions Architect::Associate::AWS Cognito");
		expect(bundled.cards).toHaveLength(5);
	});

	it("warns about invalid YAML and keeps the cards", () => {
		const bundled = parse("---\ncards-deck: [bad\n---\nQ #card\nA", "folder/n.md");
		expect(bundled.deck).toBe("folder");
		expect(bundled.cards).toHaveLength(1);
		expect(bundled.warnings).toHaveLength(1);
	});

	it("never runs ---js frontmatter", () => {
		parse("---js\nglobalThis.ran = true\n---\nQ #card\nA", "n.md");
		expect(sandbox.ran).toBeUndefined();
	});
});
