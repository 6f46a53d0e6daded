/**
 * `npm run install-plugin -- <vault>`: the command-line script, run as a user runs it (without the
 * build step, which `npm test` has done already).
 */
import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "install-plugin.mjs");

function run(...args: string[]): { code: number; out: string } {
	try {
		return { code: 0, out: execFileSync("node", [SCRIPT, ...args, "--no-build"], { cwd: ROOT, encoding: "utf8", stdio: "pipe" }) };
	} catch (error) {
		const failed = error as { status: number; stdout: string; stderr: string };
		return { code: failed.status, out: failed.stdout + failed.stderr };
	}
}

describe("install-plugin", () => {
	it("refuses a folder that is not a vault, saying why", () => {
		const folder = mkdtempSync(join(tmpdir(), "not-a-vault-"));
		const { code, out } = run(folder);
		expect(code).toBe(1);
		expect(out).toContain("is not an Obsidian vault: it has no .obsidian folder");
		expect(existsSync(join(folder, ".obsidian"))).toBe(false);
	});

	it("copies the three release files into the vault's plugin folder and enables the plugin", () => {
		expect(existsSync(join(ROOT, "main.js"))).toBe(true);
		const vault = mkdtempSync(join(tmpdir(), "vault-"));
		mkdirSync(join(vault, ".obsidian"));
		writeFileSync(join(vault, ".obsidian", "community-plugins.json"), JSON.stringify(["dataview"]));
		const { code, out } = run(vault);
		expect(out).toContain("Installed into");
		expect(code).toBe(0);
		const target = join(vault, ".obsidian", "plugins", "flashcard-review");
		for (const file of ["main.js", "manifest.json", "styles.css"]) expect(readFileSync(join(target, file))).toEqual(readFileSync(join(ROOT, file)));
		expect(JSON.parse(readFileSync(join(vault, ".obsidian", "community-plugins.json"), "utf8"))).toEqual(["dataview", "flashcard-review"]);
		run(vault);
		expect(JSON.parse(readFileSync(join(vault, ".obsidian", "community-plugins.json"), "utf8"))).toEqual(["dataview", "flashcard-review"]);
	});

	it("prints its usage when no vault is given", () => {
		const { code, out } = run();
		expect(code).toBe(2);
		expect(out).toContain("Usage: npm run install-plugin -- <vault path>");
	});
});
