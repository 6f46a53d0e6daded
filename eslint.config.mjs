import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import tseslint from "typescript-eslint";

export default defineConfig([
	{ ignores: ["main.js", "node_modules/**", "coverage/**", ".screenshots/**", "demo-vault/**", "test/**", "scripts/**", "bench/**", ".bench/**", "shims/**", "**/*.mjs", "**/*.cjs"] },
	...obsidianmd.configs.recommended,
	{
		files: ["src/**/*.ts"],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		settings: {
			"import/parsers": { "@typescript-eslint/parser": [".ts"] },
			"import/resolver": { node: { extensions: [".ts", ".js"] } },
		},
		rules: {
			"import/no-cycle": "error",
		},
	},
	{
		// The community directory's manifest rules (the rule reads the file as a JS expression).
		files: ["manifest.json"],
		extends: [tseslint.configs.disableTypeChecked],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: [".json"] } },
		plugins: { obsidianmd },
		rules: { "obsidianmd/validate-manifest": "error" },
	},
	{
		// The core is pure: no Obsidian, no DOM (DESIGN.md §2).
		files: ["src/core/**/*.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				"error",
				{ paths: [{ name: "obsidian", message: "src/core must stay free of Obsidian; pass what it needs in." }] },
			],
		},
	},
]);
