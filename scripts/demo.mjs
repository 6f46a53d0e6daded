// npm run demo: builds the plugin and installs it, enabled, into the repository's demo vault, so that
// opening demo-vault/ in Obsidian shows the five Cognito cards ready to review.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, installPlugin } from "./install-plugin.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

if (!process.argv.includes("--no-build")) build();
const target = installPlugin(join(ROOT, "demo-vault"));
console.log(`Demo ready: open ${join(ROOT, "demo-vault")} as a vault in Obsidian (plugin in ${target}).`);
console.log('Then run "Flashcard Review: Review due cards" from the command palette, or click the ribbon icon.');
