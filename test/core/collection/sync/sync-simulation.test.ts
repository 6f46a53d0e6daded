import { Collection } from "../../../../src/core";
import { Cloud, Device, seeded, type Given, type SyncRule } from "./sync-world";

const DAY = 86_400_000;

interface Scenario {
	name: string;
	rule: SyncRule;
	/** Layout of each device: 4, or 3 for a device that has not updated. */
	layouts: (3 | 4)[];
	/** One device stays offline for the first week. */
	offlineWeek?: boolean;
	/** Devices on layout 3 may restart (lose what they hold in memory only). */
	restartsOld?: boolean;
}

const key = (g: Given): string => `${g.card}|${g.time}|${g.device}`;

/** One seeded run: devices answer, undo, restart, save and sync in random order; returns the answers given and those missing at the end. */
function run(seed: number, scenario: Scenario): { given: number; missing: Given[] } {
	const random = seeded(seed);
	const cloud = new Cloud(scenario.rule);
	const devices = scenario.layouts.map((layout, i) => new Device(`dev-${i}`, layout));
	// Late in a month, so that runs cross into the next one (a new month part, the archive written again).
	let now = Date.UTC(2026, 2, 25, 10) + Math.floor(random() * 5 * DAY);
	const skew = devices.map((_, i) => (i === 1 ? -Math.floor(random() * 3_600_000) : 0));
	for (const device of devices) {
		device.open(now);
		device.save();
		cloud.sync(device);
	}
	const offline = scenario.offlineWeek ? devices.findIndex((d) => d.layout === 4) : -1;
	const offlineUntil = now + 7 * DAY;
	const ledger = new Map<string, Given>();
	for (let step = 0; step < 14; step++) {
		now += Math.floor(random() * 1.5 * DAY);
		const i = Math.floor(random() * devices.length);
		const device = devices[i] as Device;
		const clock = now + (skew[i] ?? 0);
		if (!device.collection) device.open(clock);
		const action = random();
		if (action < 0.55) {
			for (let k = 0, n = 1 + Math.floor(random() * 3); k < n; k++) {
				const given = device.answer(random, clock + k * 1000);
				if (given) ledger.set(key(given), given);
			}
		} else if (action < 0.65) {
			const undone = device.undo();
			if (undone) ledger.delete(key(undone));
		} else if (action < 0.8 && (device.layout === 4 || scenario.restartsOld)) {
			device.close();
		}
		if (random() < 0.7) device.save();
		devices.forEach((d, j) => {
			if (j === offline && now < offlineUntil) return;
			if (random() < 0.6) cloud.sync(d);
		});
	}
	// Everyone comes online and syncs until nothing changes.
	for (let round = 0; round < 3; round++) {
		for (const device of devices) {
			if (!device.collection) device.open(now);
			device.save();
			cloud.sync(device);
		}
	}
	const reader = Collection.fromFiles(cloud.files, { deviceId: "reader", utcOffset: () => 0 });
	const found = new Set(reader.history().map((r) => `${r.card}|${r.time}|${r.device}`));
	// The count a backup is named by, read from the united parts without replaying, is the history's.
	expect(reader.answerCount()).toBe(reader.history().length);
	return { given: ledger.size, missing: [...ledger.values()].filter((g) => !found.has(key(g))) };
}

const SCENARIOS: Scenario[] = [
	{ name: "two devices through Obsidian Sync", rule: "obsidian-sync", layouts: [4, 4] },
	{ name: "three devices through Obsidian Sync", rule: "obsidian-sync", layouts: [4, 4, 4] },
	{ name: "two devices, last writer wins per file", rule: "last-writer-wins", layouts: [4, 4] },
	{ name: "three devices, last writer wins per file", rule: "last-writer-wins", layouts: [4, 4, 4] },
	{ name: "a device offline for a week, Obsidian Sync", rule: "obsidian-sync", layouts: [4, 4, 4], offlineWeek: true },
	{ name: "a device offline for a week, last writer wins", rule: "last-writer-wins", layouts: [4, 4], offlineWeek: true },
	{ name: "a device still on layout 3, Obsidian Sync", rule: "obsidian-sync", layouts: [4, 3, 4], restartsOld: true },
	{ name: "a device still on layout 3 that keeps running, last writer wins", rule: "last-writer-wins", layouts: [4, 3] },
];

const RUNS = 125;

describe("sync simulation: devices answering and syncing in random order", () => {
	it.each(SCENARIOS)("loses no answer: $name ($rule)", (scenario) => {
		let given = 0;
		const lost: string[] = [];
		for (let seed = 1; seed <= RUNS; seed++) {
			const result = run(seed * 7919 + scenario.layouts.length, scenario);
			given += result.given;
			for (const g of result.missing) lost.push(`seed ${seed}: ${g.device} ${g.card} at ${new Date(g.time).toISOString()}`);
		}
		expect(lost).toEqual([]);
		// The runs did give answers to lose.
		expect(given).toBeGreaterThan(RUNS);
	});
});
