/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/test"],
	transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
	moduleNameMapper: { "^obsidian$": "<rootDir>/test/__mocks__/obsidian.ts" },
	testMatch: ["**/*.test.ts"],
	// Obsidian's DOM helpers (createDiv, empty, setText…) for the jsdom tests; a no-op under node.
	setupFiles: ["<rootDir>/test/setup/obsidian-dom.ts"],
	maxWorkers: 2,
	collectCoverageFrom: ["src/core/**/*.ts"],
	coverageThreshold: { "./src/core/": { lines: 85, branches: 75 } },
};
