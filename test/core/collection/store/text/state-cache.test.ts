import fc from "fast-check";
import type { SchedulingState } from "../../../../../src/core";
import { packState, readStateText } from "../../../../../src/core/collection/store/text/packed-state";
import { StateCache } from "../../../../../src/core/collection/store/text/state-cache";
import { runSteps } from "../../../../../src/core/collection/run-steps";

const state = (due: number): SchedulingState => ({ state: "review", due, stability: 3.5, difficulty: 5, scheduledDays: 3, step: 0, reps: 0, lapses: 0 });

/** A cache read from a text of cards `c0`…`c{n-1}` (due 1000 + i), and the same as a plain map. */
function loaded(n: number, base = 1000): { cache: StateCache; model: Map<string, SchedulingState> } {
	const model = new Map<string, SchedulingState>();
	const ids = Array.from({ length: n }, (_, i) => `c${String(i).padStart(2, "0")}`);
	ids.forEach((id, i) => model.set(id, state(base + i)));
	const cache = new StateCache();
	cache.load(readStateText(ids.map((id) => `${id} ${packState(model.get(id) as SchedulingState)}`).join("\n")).lines, true);
	return { cache, model };
}

const op = fc.oneof(
	fc.record({ kind: fc.constant("set" as const), card: fc.nat(14), due: fc.nat(5000) }),
	fc.record({ kind: fc.constant("delete" as const), card: fc.nat(14) }),
	fc.record({ kind: fc.constant("adopt" as const), card: fc.nat(14) }),
);

describe("StateCache", () => {
	it("holds the same states as a plain map through any sets, deletes and adoptions, and lists them in id order", () => {
		fc.assert(
			fc.property(fc.nat(10), fc.array(op, { maxLength: 30 }), (n, ops) => {
				const { cache, model } = loaded(n);
				const other = loaded(12, 9000);
				for (const o of ops) {
					const id = `c${String(o.card).padStart(2, "0")}`;
					if (o.kind === "set") {
						cache.set(id, state(o.due));
						model.set(id, state(o.due));
					} else if (o.kind === "delete") {
						expect(cache.delete(id)).toBe(model.delete(id));
					} else {
						cache.adopt(id, other.cache);
						const theirs = other.model.get(id);
						if (theirs) model.set(id, theirs);
					}
					expect(cache.size).toBe(model.size);
				}
				const ids = [...model.keys()].sort();
				expect([...cache.keys()].sort()).toEqual(ids);
				for (const id of ids) expect([cache.has(id), cache.get(id), cache.lastReview(id)]).toEqual([true, model.get(id), undefined]);
				const visited: [string, SchedulingState][] = [];
				cache.visitInOrder({ line: (id, lines, i) => visited.push([id, lines.state(i)]), state: (id, s) => visited.push([id, s]) });
				expect(visited).toEqual(ids.map((id) => [id, model.get(id)]));
				const present = cache.hasInOrder();
				expect(Array.from({ length: 15 }, (_, i) => present(`c${String(i).padStart(2, "0")}`))).toEqual(Array.from({ length: 15 }, (_, i) => model.has(`c${String(i).padStart(2, "0")}`)));
			}),
			{ numRuns: 200 },
		);
	});

	it("fills in what the log says of its loaded lines, and leaves the other cards to the loader", () => {
		const { cache } = loaded(3);
		cache.set("c05", state(7));
		const others = runSteps(cache.completeLoaded((id) => (id === "c01" ? { count: 4, lastTime: 500, lastOffset: 120 } : undefined), (id) => id !== "c02", 2));
		expect(others.sort()).toEqual(["c02", "c05"]);
		expect(cache.get("c01")).toMatchObject({ reps: 4, lastReview: 500, lastReviewOffset: 120 });
		expect(cache.lastReview("c01")).toBe(500);
		expect(cache.get("c00")?.lastReview).toBeUndefined();
	});

	it("fills in its loaded lines a few at a time, with the same result whatever the step", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 50 }), (n, perStep) => {
				const { cache } = loaded(n);
				const { cache: atOnce } = loaded(n);
				const summary = (id: string): { count: number; lastTime: number; lastOffset: number } => ({ count: id.length, lastTime: 100 + Number(id.slice(1)), lastOffset: 60 });
				const plain = (id: string): boolean => !id.endsWith("3");
				const steps = cache.completeLoaded(summary, plain, perStep);
				let yields = 0;
				let step = steps.next();
				for (; step.done !== true; step = steps.next()) yields++;
				// A yield before every further step of the walk, none after its last line.
				expect(yields).toBe(n === 0 ? 0 : Math.ceil(n / perStep) - 1);
				expect(step.value).toEqual(runSteps(atOnce.completeLoaded(summary, plain, n + 1)));
				for (let i = 0; i < n; i++) {
					const id = `c${String(i).padStart(2, "0")}`;
					expect(cache.get(id)).toEqual(atOnce.get(id));
				}
			}),
		);
	});
});
