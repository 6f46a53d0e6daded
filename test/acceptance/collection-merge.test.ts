// Acceptance checks of syncing two devices (DESIGN.md §3 merge, §4): union of logs, tombstones, converging ids.
import fc from "fast-check";
import { Collection, type CardInfo, type Rating } from "../../src/core";
import { at, byFront, device, lines, store, viaJson } from "./support";

const MONDAY = at("2025-03-10T09:00:00Z");
const MONDAY_NOON = at("2025-03-10T12:00:00Z");
const TUESDAY = at("2025-03-11T09:00:00Z");
const PATH = "Languages/Spanish.md";
const SPANISH = lines("el perro #card", "the dog", "", "la casa #card-reverse", "the house", "", "el gato #card", "the cat");

/** A laptop that indexed the note, and a phone that loaded the laptop's data.json. */
function pair(): { laptop: Collection; phone: Collection } {
	const laptop = store({ deviceId: "laptop" });
	laptop.indexNote(PATH, SPANISH, MONDAY);
	const phone = device(viaJson(laptop.toJSON()), "phone");
	return { laptop, phone };
}

function card(collection: Collection, front: string): CardInfo {
	return byFront(collection.cards(), front);
}

/** What a user can see of the cards: everything but order-insensitive details. */
function seen(collection: Collection): CardInfo[] {
	return collection.cards();
}

/** Both devices take each other's data, as a sync does. */
function sync(a: Collection, b: Collection): void {
	const fromA = viaJson(a.toJSON());
	a.merge(viaJson(b.toJSON()));
	b.merge(fromA);
}

describe("merge (§3, §4)", () => {
	it("keeps both devices' reviews of different cards", () => {
		const { laptop, phone } = pair();
		laptop.answer(card(laptop, "el perro").id, 3, MONDAY);
		phone.answer(card(phone, "el gato").id, 4, MONDAY_NOON);
		sync(laptop, phone);
		for (const collection of [laptop, phone]) {
			expect(card(collection, "el perro")).toMatchObject({ reps: 1, state: "learning" });
			expect(card(collection, "el gato")).toMatchObject({ reps: 1, state: "review" });
		}
		expect(seen(phone)).toEqual(seen(laptop));
	});

	it("replays both devices' answers of one card in time order", () => {
		const { laptop, phone } = pair();
		const id = card(laptop, "el perro").id;
		laptop.answer(id, 3, MONDAY);
		const reference = device(viaJson(laptop.toJSON()), "reference");
		phone.answer(id, 1, at("2025-03-10T09:30:00Z"));
		reference.answer(id, 1, at("2025-03-10T09:30:00Z"));
		sync(laptop, phone);
		expect(card(laptop, "el perro")).toMatchObject({ reps: 2, lapses: card(reference, "el perro").lapses });
		expect(card(laptop, "el perro").due).toBe(card(reference, "el perro").due);
		expect(seen(phone)).toEqual(seen(laptop));
	});

	it("is idempotent, and merging a store with its own data changes nothing", () => {
		const { laptop, phone } = pair();
		laptop.answer(card(laptop, "el perro").id, 3, MONDAY);
		phone.answer(card(phone, "la casa").id, 2, MONDAY_NOON);
		const phoneData = viaJson(phone.toJSON());
		laptop.merge(phoneData);
		const once = laptop.toJSON();
		laptop.merge(phoneData);
		expect(laptop.toJSON()).toEqual(once);
		laptop.merge(viaJson(laptop.toJSON()));
		expect(laptop.toJSON()).toEqual(once);
	});

	it("takes another collection itself as its data, as JSON.stringify would write it", () => {
		const { laptop, phone } = pair();
		phone.answer(card(phone, "el gato").id, 4, MONDAY_NOON);
		laptop.merge(phone);
		expect(card(laptop, "el gato").reps).toBe(1);
		const settled = laptop.toJSON();
		laptop.merge(laptop);
		expect(laptop.toJSON()).toEqual(settled);
		expect(Collection.fromJSON(laptop).cards()).toEqual(laptop.cards());
	});

	it("gives the same cards whichever device merges first", () => {
		const { laptop, phone } = pair();
		laptop.answer(card(laptop, "el perro").id, 3, MONDAY);
		laptop.suspend(card(laptop, "el gato").id, true, MONDAY);
		phone.answer(card(phone, "el perro").id, 4, MONDAY_NOON);
		phone.bury(card(phone, "la casa").id, MONDAY_NOON);
		const [laptopData, phoneData] = [viaJson(laptop.toJSON()), viaJson(phone.toJSON())];
		laptop.merge(phoneData);
		phone.merge(laptopData);
		expect(seen(phone)).toEqual(seen(laptop));
		expect(card(laptop, "el gato").suspended).toBe(true);
		expect(card(laptop, "la casa").buried).toBe(true);
	});

	it("lets an undo made after a sync win on both devices", () => {
		const { laptop, phone } = pair();
		laptop.answer(card(laptop, "el perro").id, 1, MONDAY);
		phone.merge(viaJson(laptop.toJSON()));
		expect(card(phone, "el perro").reps).toBe(1);
		expect(laptop.undo()).toBe(true);
		laptop.merge(viaJson(phone.toJSON()));
		expect(card(laptop, "el perro")).toMatchObject({ reps: 0, state: "new" });
		phone.merge(viaJson(laptop.toJSON()));
		expect(card(phone, "el perro")).toMatchObject({ reps: 0, state: "new" });
		expect(seen(phone)).toEqual(seen(laptop));
	});

	it("lets a purge made after a sync win on both devices", () => {
		const { laptop, phone } = pair();
		laptop.answer(card(laptop, "el perro").id, 3, MONDAY);
		laptop.deleteNote(PATH, MONDAY);
		sync(laptop, phone);
		expect(phone.orphans()).toHaveLength(1);
		laptop.purgeOrphans([laptop.orphans()[0]?.id ?? ""], TUESDAY);
		sync(laptop, phone);
		expect(laptop.orphans()).toEqual([]);
		expect(phone.orphans()).toEqual([]);
	});

	it("converges two ids minted for one card into one card with both histories", () => {
		const laptop = store({ deviceId: "laptop" });
		laptop.indexNote("Old.md", lines("el perro #card", "the dog"), MONDAY);
		laptop.answer(card(laptop, "el perro").id, 3, MONDAY);
		laptop.indexNote("Old.md", "", MONDAY);
		laptop.indexNote(PATH, SPANISH, MONDAY);
		expect(card(laptop, "el perro").reps).toBe(1);

		const phone = store({ deviceId: "phone" });
		phone.indexNote(PATH, SPANISH, MONDAY);
		phone.answer(card(phone, "el perro").id, 3, MONDAY_NOON);
		expect(card(phone, "el perro").id).not.toBe(card(laptop, "el perro").id);

		sync(laptop, phone);
		for (const collection of [laptop, phone]) {
			expect(collection.cards().filter((c) => c.front === "el perro")).toHaveLength(1);
			expect(card(collection, "el perro").reps).toBe(2);
			expect(collection.cards()).toHaveLength(4);
		}
		expect(card(phone, "el perro").id).toBe(card(laptop, "el perro").id);
		expect(seen(phone)).toEqual(seen(laptop));
	});

	it("merges answers given under a note's old path on one device with its rename on the other", () => {
		const { laptop, phone } = pair();
		const ids = laptop.cards().map((c) => c.id);
		laptop.renameNote(PATH, "Languages/Romance/Spanish.md");
		laptop.indexNote("Languages/Romance/Spanish.md", SPANISH, MONDAY_NOON);
		laptop.answer(ids[0] as string, 3, MONDAY_NOON);
		phone.answer(ids[0] as string, 3, at("2025-03-10T13:00:00Z"));
		sync(laptop, phone);
		for (const collection of [laptop, phone]) {
			expect(collection.cards().map((c) => [c.id, c.path, c.deck])).toEqual(ids.map((id) => [id, "Languages/Romance/Spanish.md", "Languages::Romance"]));
			expect(card(collection, "el perro").reps).toBe(2);
			expect(collection.orphans()).toEqual([]);
		}
	});

	it("counts another device's answers of today against the limits and the sibling burials", () => {
		const laptop = store({ deviceId: "laptop" });
		laptop.indexNote(PATH, lines(SPANISH, "", ...Array.from({ length: 25 }, (_, i) => `palabra ${i} #card\nword ${i}\n`)), MONDAY);
		const phone = device(viaJson(laptop.toJSON()), "phone");
		phone.answer(card(phone, "la casa").id, 3, MONDAY);
		for (let i = 0; i < 5; i++) phone.answer(card(phone, `palabra ${i}`).id, 3, MONDAY);
		expect(laptop.queue(MONDAY_NOON).counts.new).toBe(20);
		laptop.merge(viaJson(phone.toJSON()));
		const queue = laptop.queue(MONDAY_NOON);
		expect(queue.counts).toEqual({ new: 14, learn: 6, due: 0 });
		expect(queue.cards.map((c) => c.front)).not.toContain("the house");
		expect(card(laptop, "the house").buried).toBe(true);
	});

	it("answers a merged card under either id", () => {
		const laptop = store({ deviceId: "laptop" });
		laptop.indexNote("Old.md", lines("el perro #card", "the dog"), MONDAY);
		laptop.answer(card(laptop, "el perro").id, 3, MONDAY);
		laptop.indexNote("Old.md", "", MONDAY);
		laptop.indexNote(PATH, SPANISH, MONDAY);
		const phone = store({ deviceId: "phone" });
		phone.indexNote(PATH, SPANISH, MONDAY);
		const phoneId = card(phone, "el perro").id;
		sync(laptop, phone);
		phone.answer(phoneId, 3, TUESDAY);
		expect(card(phone, "el perro").reps).toBe(2);
	});

	it("keeps each device's id out of the data as the store's own identity", () => {
		const { laptop, phone } = pair();
		sync(laptop, phone);
		expect(JSON.stringify(laptop.toJSON())).not.toContain("phone");
		expect(JSON.stringify(phone.toJSON())).not.toContain("phone");
		expect(JSON.stringify(phone.toJSON())).not.toContain("laptop");
	});
});

describe("merge convergence (§4, property)", () => {
	type Op =
		| { kind: "answer"; on: 0 | 1; card: number; rating: Rating; minutes: number }
		| { kind: "bury" | "suspend" | "unsuspend"; on: 0 | 1; card: number; minutes: number }
		| { kind: "undo"; on: 0 | 1 }
		| { kind: "sync" };
	const on = fc.constantFrom<0 | 1>(0, 1);
	const cardIndex = fc.integer({ min: 0, max: 3 });
	const minutes = fc.integer({ min: 0, max: 2 * 24 * 60 });
	const op: fc.Arbitrary<Op> = fc.oneof(
		fc.record({ kind: fc.constant("answer" as const), on, card: cardIndex, rating: fc.constantFrom<Rating>(1, 2, 3, 4), minutes }),
		fc.record({ kind: fc.constantFrom("bury" as const, "suspend" as const, "unsuspend" as const), on, card: cardIndex, minutes }),
		fc.record({ kind: fc.constant("undo" as const), on }),
		fc.record({ kind: fc.constant("sync" as const) }),
	);

	it("leaves both devices with the same cards, every answer not undone counted once", () => {
		fc.assert(
			fc.property(fc.array(op, { maxLength: 14 }), (ops) => {
				const { laptop, phone } = pair();
				const devices = [laptop, phone];
				const ids = laptop.cards().map((c) => c.id);
				const answers: { card: string; on: number }[] = [];
				const stacks: ({ kind: "answer"; index: number } | { kind: "flag" })[][] = [[], []];
				let now = MONDAY.getTime();
				for (const step of ops) {
					if (step.kind === "sync") {
						sync(laptop, phone);
						continue;
					}
					const collection = devices[step.on] as Collection;
					const stack = stacks[step.on] as ({ kind: "answer"; index: number } | { kind: "flag" })[];
					if (step.kind === "undo") {
						const undone = stack.pop();
						expect(collection.undo()).toBe(undone !== undefined);
						if (undone?.kind === "answer") answers.splice(undone.index, 1, { card: "", on: -1 });
						continue;
					}
					now += step.minutes * 60_000;
					const id = ids[step.card] as string;
					if (step.kind === "answer") {
						collection.answer(id, step.rating, new Date(now));
						stack.push({ kind: "answer", index: answers.length });
						answers.push({ card: id, on: step.on });
					} else {
						if (step.kind === "bury") collection.bury(id, new Date(now));
						else collection.suspend(id, step.kind === "suspend", new Date(now));
						stack.push({ kind: "flag" });
					}
				}
				sync(laptop, phone);
				const end = new Date(now + 60_000);
				expect(phone.queue(end)).toEqual(laptop.queue(end));
				expect(phone.cards()).toEqual(laptop.cards());
				for (const info of laptop.cards()) {
					expect(info.reps).toBe(answers.filter((answer) => answer.card === info.id).length);
				}
				const settled = laptop.toJSON();
				laptop.merge(viaJson(phone.toJSON()));
				expect(laptop.toJSON()).toEqual(settled);
			}),
			{ numRuns: 40, seed: 4242 },
		);
	});
});
