import fc from "fast-check";
import { Collection, type Rating } from "../../../src/core";
import { BASE, newCollection, noteText, utc } from "./builders";
import { VaultModel, vaultOp } from "./vault-model";

const RUNS = { numRuns: Number(process.env.EDIT_RUNS ?? 40) };

function checkNoReviewLost(model: VaultModel): void {
	const { collection } = model;
	expect(collection.history()).toHaveLength(model.answerCount);
	const live = collection.cards();
	for (const key of [...model.notes.values()].flat()) {
		const card = model.cards.get(key);
		const found = live.filter((c) => c.front === card?.front);
		expect(found).toHaveLength(1);
		expect(collection.history(found[0]?.id)).toHaveLength(card?.answers ?? -1);
	}
	const orphans = collection.orphans();
	for (const key of model.removed) {
		const card = model.cards.get(key);
		if (!card || card.answers === 0) continue;
		const orphan = orphans.filter((o) => o.front === card.front);
		expect(orphan.map((o) => o.reviews.length)).toEqual([card.answers]);
	}
}

describe("Collection under random edits", () => {
	it("never drops a review, and every surviving card keeps all of its reviews", () => {
		fc.assert(
			fc.property(fc.array(vaultOp, { minLength: 15, maxLength: 40 }), (ops) => {
				const model = new VaultModel(newCollection(), BASE);
				for (const op of ops) model.apply(op);
				checkNoReviewLost(model);
			}),
			RUNS,
		);
	});

	it("says which notes have cards as the card list does, also for notes deleted, emptied or never seen", () => {
		fc.assert(
			fc.property(fc.array(vaultOp, { minLength: 5, maxLength: 30 }), (ops) => {
				const model = new VaultModel(newCollection(), BASE);
				for (const op of ops) model.apply(op);
				const { collection } = model;
				const withCards = new Set(collection.cards().map((card) => card.path));
				for (const path of new Set([...collection.notePaths(), ...withCards, "Never seen.md"])) expect([path, collection.hasNoteCards(path)]).toEqual([path, withCards.has(path)]);
			}),
			RUNS,
		);
	});

	it("gives back the same store after toJSON and fromJSON", () => {
		fc.assert(
			fc.property(fc.array(vaultOp, { minLength: 10, maxLength: 30 }), (ops) => {
				const model = new VaultModel(newCollection(), BASE);
				for (const op of ops) model.apply(op);
				const json = JSON.parse(JSON.stringify(model.collection.toJSON())) as object;
				const loaded = Collection.fromJSON(json, { deviceId: "dev-a", utcOffset: utc });
				expect(loaded.toJSON()).toEqual(json);
				expect(loaded.cards()).toEqual(model.collection.cards());
				expect(loaded.orphans()).toEqual(model.collection.orphans());
			}),
			RUNS,
		);
	});
});

/** An action of one device on its copy of a shared store. */
type DeviceOp =
	| { kind: "answer"; pick: number; rating: Rating; minutes: number }
	| { kind: "bury" | "suspend" | "unsuspend"; pick: number; minutes: number }
	| { kind: "undo" }
	| { kind: "edit"; note: number; drop: number; minutes: number }
	| { kind: "typo" | "moveCard"; note: number; card: number; minutes: number; targetFirst: boolean }
	| { kind: "delete"; note: number; minutes: number }
	| { kind: "rename"; note: number }
	| { kind: "preset"; change: number; pick: number; value: number; minutes: number };

const deviceOp: fc.Arbitrary<DeviceOp> = fc.oneof(
	{
		arbitrary: fc.record({ kind: fc.constant("answer" as const), pick: fc.nat(50), rating: fc.constantFrom<Rating>(1, 2, 3, 4), minutes: fc.nat(4000) }),
		weight: 5,
	},
	{ arbitrary: fc.record({ kind: fc.constantFrom("bury" as const, "suspend" as const, "unsuspend" as const), pick: fc.nat(50), minutes: fc.nat(600) }), weight: 2 },
	{ arbitrary: fc.constant({ kind: "undo" as const }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("edit" as const), note: fc.nat(3), drop: fc.nat(5), minutes: fc.nat(600) }), weight: 2 },
	{
		arbitrary: fc.record({
			kind: fc.constantFrom("typo" as const, "moveCard" as const),
			note: fc.nat(3),
			card: fc.nat(3),
			minutes: fc.nat(600),
			targetFirst: fc.boolean(),
		}),
		weight: 2,
	},
	{ arbitrary: fc.record({ kind: fc.constant("delete" as const), note: fc.nat(3), minutes: fc.nat(600) }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("rename" as const), note: fc.nat(3) }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("preset" as const), change: fc.nat(3), pick: fc.nat(3), value: fc.nat(30), minutes: fc.nat(600) }), weight: 2 },
);

/**
 * Adds, edits, deletes or assigns a preset; an edit changes scheduling options (of the default preset
 * too), which apply to the answers given after it. Only decks without cards are assigned, and a preset
 * cards use (`kept`) is not deleted: a card's deck and its preset are not part of the options history
 * (docs/decisions/option-presets.md), so its cached state could lag such a change.
 */
function changePreset(collection: Collection, op: Extract<DeviceOp, { kind: "preset" }>, now: Date, kept: string | undefined): void {
	const presets = collection.presets();
	const preset = presets[op.pick % presets.length] as (typeof presets)[number];
	if (op.change === 0) collection.addPreset(`Preset ${op.value}`, now, preset.id);
	else if (op.change === 1 || (op.change === 2 && preset.id === kept)) {
		collection.updatePreset(preset.id, { newPerDay: op.value, maximumInterval: op.value + 1, desiredRetention: 0.7 + (op.value % 29) / 100 }, now);
	} else if (op.change === 2) collection.deletePreset(preset.id, now);
	else collection.setDeckPreset(`Empty::${op.value % 3}`, op.value % 4 === 0 ? undefined : preset.id, now);
}

const NOTE_TEXTS: Record<string, { front: string; back: string; marker?: string }[]> = {
	"x/one.md": [
		{ front: "Kalomi ne?", back: "Rusati vope zubado." },
		{ front: "Figuha je?", back: "Katilo sane mivoru.", marker: "#card-reverse" },
	],
	"x/two.md": [
		{ front: "Dobape zu?", back: "Havoje tika lomine." },
		{ front: "Nerusa ti?", back: "Voluka pesa dofigu." },
	],
};

/** A store every device starts from; with `shared`, its cards' decks (every note lives in x/ or y/) use the preset "Shared". */
function baseStore(shared: boolean): object {
	const collection = newCollection({}, "base");
	for (const [path, specs] of Object.entries(NOTE_TEXTS)) collection.indexNote(path, noteText(specs), new Date(BASE));
	// A preset every device knows, so that devices edit one preset concurrently too.
	const added = collection.addPreset("Shared", new Date(BASE));
	if (shared && added.ok) for (const deck of ["x", "y"]) collection.setDeckPreset(deck, added.id, new Date(BASE));
	return collection.toJSON();
}

function runDevice(base: object, device: string, ops: readonly DeviceOp[]): object {
	const collection = Collection.fromJSON(base, { deviceId: device, utcOffset: utc });
	const kept = collection.deckPresets()[0]?.[1];
	let time = BASE + 60_000;
	const ids = (): string[] => collection.cards().map((c) => c.id);
	const paths = (): string[] => collection.notePaths();
	const texts = new Map<string, { front: string; back: string; marker?: string }[]>();
	for (const op of ops) {
		if ("minutes" in op) time += op.minutes * 60_000 + 1;
		const now = new Date(time);
		const id = "pick" in op ? ids()[op.pick % Math.max(1, ids().length)] : undefined;
		const path = "note" in op ? paths()[op.note % Math.max(1, paths().length)] : undefined;
		if (op.kind === "answer" && id) collection.answer(id, op.rating, now);
		if (op.kind === "bury" && id) collection.bury(id, now);
		if ((op.kind === "suspend" || op.kind === "unsuspend") && id) collection.suspend(id, op.kind === "suspend", now);
		if (op.kind === "undo") collection.undo();
		if (op.kind === "preset") changePreset(collection, op, now, kept);
		if (op.kind === "edit" && path) {
			const specs = (NOTE_TEXTS[path] ?? Object.values(NOTE_TEXTS)[0] ?? []).filter((_, i) => i !== op.drop);
			texts.set(path, specs);
			collection.indexNote(path, noteText(specs), now);
		}
		if ((op.kind === "typo" || op.kind === "moveCard") && path) {
			const specs = [...(texts.get(path) ?? NOTE_TEXTS[path] ?? [])];
			const index = op.card % Math.max(1, specs.length);
			const spec = specs[index];
			if (!spec) continue;
			if (op.kind === "typo") {
				specs[index] = { ...spec, front: spec.front.replace("?", "s?") };
				texts.set(path, specs);
				collection.indexNote(path, noteText(specs), now);
				continue;
			}
			const target = paths().find((p) => p !== path);
			if (!target) continue;
			specs.splice(index, 1);
			const targetSpecs = [...(texts.get(target) ?? NOTE_TEXTS[target] ?? []), spec];
			texts.set(path, specs);
			texts.set(target, targetSpecs);
			const order: [string, typeof specs][] = [
				[path, specs],
				[target, targetSpecs],
			];
			if (op.targetFirst) order.reverse();
			for (const [p, specList] of order) collection.indexNote(p, noteText(specList), now);
		}
		if (op.kind === "delete" && path) collection.deleteNote(path, now);
		if (op.kind === "rename" && path) {
			const renamed = `y/${device}-${path.replace(/\W/g, "")}.md`;
			collection.renameNote(path, renamed);
			texts.set(renamed, texts.get(path) ?? NOTE_TEXTS[path] ?? []);
		}
	}
	return JSON.parse(JSON.stringify(collection.toJSON())) as object;
}

function merge(a: object, b: object): object {
	const collection = Collection.fromJSON(a, { deviceId: "merger", utcOffset: utc });
	collection.merge(b);
	return JSON.parse(JSON.stringify(collection.toJSON())) as object;
}

/** What a user sees of each card of a store. */
function shown(json: object): unknown[] {
	return Collection.fromJSON(json, { deviceId: "viewer", utcOffset: utc })
		.cards()
		.map(({ id, state, due, reps, lapses, suspended }) => ({ id, state, due, reps, lapses, suspended }));
}

/** Every card's cached state is the replay of its log: the store shows the same without its cache. */
function expectCacheIsReplay(json: object): void {
	expect(shown({ ...json, cache: "" })).toEqual(shown(json));
}

describe.each([
	["default options changed", false],
	["the cards' named preset changed", true],
])("Collection.merge laws (%s)", (_, shared) => {
	const devices = fc.tuple(fc.array(deviceOp, { minLength: 4, maxLength: 14 }), fc.array(deviceOp, { minLength: 4, maxLength: 14 }), fc.array(deviceOp, { minLength: 4, maxLength: 14 }));

	it("is commutative, idempotent and associative on stored data, cached states included, each the replay of the log", () => {
		const base = baseStore(shared);
		fc.assert(
			fc.property(devices, ([opsA, opsB, opsC]) => {
				const a = runDevice(base, "dev-a", opsA);
				const b = runDevice(base, "dev-b", opsB);
				const c = runDevice(base, "dev-c", opsC);
				const ab = merge(a, b);
				expect(ab).toEqual(merge(b, a));
				expect(merge(a, a)).toEqual(a);
				const abc = merge(ab, c);
				expect(abc).toEqual(merge(a, merge(b, c)));
				for (const store of [a, ab, abc]) expectCacheIsReplay(store);
			}),
			{ numRuns: Number(process.env.MERGE_RUNS ?? 30) },
		);
	});

	it("keeps every answer of every device", () => {
		const base = baseStore(shared);
		fc.assert(
			fc.property(devices, ([opsA, opsB]) => {
				const a = runDevice(base, "dev-a", opsA);
				const b = runDevice(base, "dev-b", opsB);
				const count = (json: object): number => Collection.fromJSON(json, { utcOffset: utc }).history().length;
				expect(count(merge(a, b))).toBe(count(a) + count(b));
			}),
			{ numRuns: Number(process.env.MERGE_RUNS ?? 30) },
		);
	});
});
