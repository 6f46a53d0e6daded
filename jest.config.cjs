// One fixed zone for every test run (with DST, so a hidden UTC assumption fails); tests that are about
// zones inject their own offsets.
process.env.TZ = "Europe/Berlin";

/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: "node",
	roots: ["<rootDir>/test"],
	transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
	// The optimizer worker's source is inlined by the build; tests run the optimizer on the page instead.
	moduleNameMapper: { "^obsidian$": "<rootDir>/test/__mocks__/obsidian.ts", "^optimizer-worker-source$": "<rootDir>/test/__mocks__/optimizer-worker-source.ts" },
	testMatch: ["**/*.test.ts"],
	// Obsidian's DOM helpers (createDiv, empty, setText…) for the jsdom tests; a no-op under node.
	setupFiles: ["<rootDir>/test/setup/obsidian-dom.ts"],
	maxWorkers: 2,
	collectCoverageFrom: ["src/core/**/*.ts"],
	// The core decides everything, so it is held to a high bar; the Obsidian layer stays thin enough to read.
	coverageThreshold: { "./src/core/": { statements: 95, lines: 95, functions: 95, branches: 85 } },
	coverageReporters: ["text-summary"],
};
