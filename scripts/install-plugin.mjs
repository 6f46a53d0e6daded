// Builds the plugin and installs it, enabled, into a vault:
//   npm run install-plugin -- <vault path> [--config-dir .obsidian] [--no-build]
// It copies main.js, manifest.json and styles.css into <vault>/<config dir>/plugins/<id>/ and adds the
// id to community-plugins.json. A path without the config folder is not a vault: it is refused.
import { execSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FILES = ["main.js", "manifest.json", "styles.css"];

/** Thrown for a refusal the user can fix; the message says how. */
export class InstallError extends Error {}

/** Copies the built files into the vault and enables the plugin; returns the plugin folder. */
export function installPlugin(vault, { configDir = ".obsidian", root = ROOT } = {}) {
	const vaultPath = resolve(vault);
	const config = join(vaultPath, configDir);
	if (!existsSync(vaultPath) || !statSync(vaultPath).isDirectory()) throw new InstallError(`${vaultPath} is not a folder.`);
	if (!existsSync(config) || !statSync(config).isDirectory()) {
		throw new InstallError(`${vaultPath} is not an Obsidian vault: it has no ${configDir} folder. Open the folder as a vault in Obsidian once, or pass --config-dir if your vault uses another config folder.`);
	}
	const { id } = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
	for (const file of FILES) if (!existsSync(join(root, file))) throw new InstallError(`${file} is missing: run npm run build first.`);
	const target = join(config, "plugins", id);
	mkdirSync(target, { recursive: true });
	for (const file of FILES) copyFileSync(join(root, file), join(target, file));
	enable(join(config, "community-plugins.json"), id);
	return target;
}

function enable(listPath, id) {
	const list = existsSync(listPath) ? JSON.parse(readFileSync(listPath, "utf8")) : [];
	if (!Array.isArray(list)) throw new InstallError(`${listPath} is not a list of plugin ids.`);
	if (!list.includes(id)) writeFileSync(listPath, `${JSON.stringify([...list, id], null, 2)}\n`);
}

/** Runs the production build (type-check and bundle), as npm run build does. */
export function build() {
	execSync("npm run build", { cwd: ROOT, stdio: "inherit" });
}

/** Command-line entry: returns the exit code. */
export function main(args) {
	const noBuild = args.includes("--no-build");
	const at = args.indexOf("--config-dir");
	const configDir = at >= 0 ? args[at + 1] : undefined;
	const vault = args.filter((a, i) => !a.startsWith("--") && (at < 0 || i !== at + 1))[0];
	if (!vault) {
		console.error("Usage: npm run install-plugin -- <vault path> [--config-dir .obsidian] [--no-build]");
		return 2;
	}
	try {
		if (!noBuild) build();
		const target = installPlugin(vault, { configDir });
		console.log(`Installed into ${target} and enabled. Reload Obsidian (or turn the plugin off and on) to use this build.`);
		return 0;
	} catch (error) {
		if (!(error instanceof InstallError)) throw error;
		console.error(`Not installed: ${error.message}`);
		return 1;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
