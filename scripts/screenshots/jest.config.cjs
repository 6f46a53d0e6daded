// Screenshots of the plugin's screens (`node scripts/screenshots.mjs`); kept out of `npm test`.
const base = require("../../jest.config.cjs");

/** @type {import('jest').Config} */
module.exports = {
	...base,
	rootDir: "../..",
	roots: ["<rootDir>/scripts/screenshots"],
	testMatch: ["**/*.shot.ts"],
	coverageThreshold: undefined,
};
