import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Collection } from "../../../../src/core";
import { answerFront, at, card, cardByFront, indexCards, newCollection, utc } from "../builders";

const FIXTURES = join(__dirname, "../../../fixtures/store");

function folder(dir: string): Record<string, string> {
	return Object.fromEntries(readdirSync(join(FIXTURES, dir)).map((name) => [name, readFileSync(join(FIXTURES, dir, name), "utf8")]));
}

const historyOf = (c: Collection): [string, number, number, string][] => c.history().map((r) => [r.card, r.time, r.rating, r.device]);

describe("layout 4 reads what layout 3 wrote", () => {
	const v3 = readFileSync(join(FIXTURES, "v3-store.json"), "utf8");

	it("takes a data.json of layout 3 in as one more device's part, losing no answer", () => {
		const old = Collection.fromJSON(JSON.parse(v3), { deviceId: "laptop-7f3a", utcOffset: utc });
		const c = Collection.fromFiles({ "data.json": v3 }, { deviceId: "laptop-7f3a", utcOffset: utc });
		expect(historyOf(c)).toEqual(historyOf(old));
		expect(c.cards()).toEqual(old.cards());
		expect(c.orphans()).toEqual(old.orphans());
	});

	it("writes layout 4, keeping the answers of the device that has not updated in files of its own", () => {
		const c = Collection.fromFiles({ "data.json": v3 }, { deviceId: "laptop-7f3a", utcOffset: utc });
		const files = c.toFiles();
		expect(JSON.parse(files["data.json"] as string)).toMatchObject({ version: 4 });
		// The phone has no parts of its own yet: its answers are kept by the laptop.
		const again = Collection.fromFiles(files, { deviceId: "laptop-7f3a", utcOffset: utc, files: c.toLocalFiles() });
		expect(historyOf(again)).toEqual(historyOf(c));
		expect(again.cards()).toEqual(c.cards());
		expect(again.orphans()).toEqual(c.orphans());
	});
});

describe("layout 4 and a newer version", () => {
	const future = folder("future-v5");

	it("reads what a newer version wrote for older readers, and lists what it will not write", () => {
		const c = Collection.fromFiles(future, { deviceId: "laptop-7f3a", utcOffset: utc });
		expect(c.readOnlyParts()).toEqual(["data.json", "log-phone-21c9.2026-03.json", "log-phone-21c9.json", "log-tablet-9b1e.json", "store-phone-21c9.json"]);
		expect(c.history().map((r) => r.rating)).toEqual([3, 1, 3]);
		const written = c.toFiles();
		expect(Object.keys(written)).not.toContain("data.json");
		expect(Object.keys(written).every((name) => name.includes("laptop-7f3a"))).toBe(true);
	});

	it("keeps options, keys and answer fields it does not know, and writes them back unchanged", () => {
		const phone = newCollection({}, "phone-21c9");
		indexCards(phone, "AWS.md", [card("What is a VPC?", "A private network.")]);
		answerFront(phone, "What is a VPC?", 3, at(0, 5));
		const files = phone.toFiles();
		const month = Object.keys(files).find((name) => /\d{4}-\d\d\.json$/.test(name)) as string;
		const data = JSON.parse(files["data.json"] as string) as Record<string, unknown>;
		const part = JSON.parse(files[month] as string) as { log: string };
		const writes = JSON.parse(files["store-phone-21c9.json"] as string) as Record<string, unknown>;
		// A newer version writes its options, with the ones it added, in data.json and in its own parts.
		const options = { ...(data.options as object), laterOption: [0.4, 1.2] };
		const edited = {
			...files,
			"data.json": JSON.stringify({ ...data, options, themes: { compact: true } }),
			"store-phone-21c9.json": JSON.stringify({ ...writes, options }),
			[month]: JSON.stringify({ ...part, log: part.log.replace(/^(\S+ [^ ]+)$/, "$1,,0,1o,0,practice"), reminders: [1, 2] }),
		};
		const again = Collection.fromFiles(edited, { deviceId: "phone-21c9", utcOffset: utc });
		expect(again.readOnlyParts()).toEqual([]);
		const written = again.toFiles();
		expect(JSON.parse(written["data.json"] as string)).toMatchObject({ themes: { compact: true }, options: { laterOption: [0.4, 1.2] } });
		expect(JSON.parse(written[month] as string)).toMatchObject({ reminders: [1, 2], log: expect.stringContaining(",0,practice") as unknown });
		indexCards(again, "AWS.md", [card("What is a VPC?", "A private network.")]);
		expect(cardByFront(again, "What is a VPC?").reps).toBe(1);
	});

	it("never overwrites its own part written by a newer version, and keeps reviewing in memory", () => {
		const c = Collection.fromFiles(future, { deviceId: "phone-21c9", utcOffset: utc });
		indexCards(c, "AWS.md", [card("What is a VPC?", "A private network inside AWS."), card("What is a subnet?", "A range of addresses inside a VPC.")]);
		answerFront(c, "What is a subnet?", 3, at(0, 30));
		const written = c.toFiles();
		for (const name of c.readOnlyParts()) expect(written[name]).toBeUndefined();
		expect(cardByFront(c, "What is a subnet?").reps).toBe(2);
	});
});
