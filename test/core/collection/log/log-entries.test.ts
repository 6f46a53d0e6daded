import fc from "fast-check";
import { LogEntries } from "../../../../src/core/collection/log/log-entries";
import type { LogEntry } from "../../../../src/core/collection/log/log-entry";
import { packAnswers, readLogText } from "../../../../src/core/collection/store/text/packed-log";

const DEVICES = ["laptop", "phone"];
const answer = (time: number, device = "laptop"): LogEntry => ({ time, rating: 3, device, offset: 60, rev: 0 });

/** A log read from a text of cards `c0`…`c{n-1}` (with one answer each at time 1000 + i), and the same as a plain map. */
function loaded(n: number, device = "laptop"): { log: LogEntries; model: Map<string, readonly LogEntry[]> } {
	const model = new Map<string, readonly LogEntry[]>();
	const ids = Array.from({ length: n }, (_, i) => `c${String(i).padStart(2, "0")}`);
	ids.forEach((id, i) => model.set(id, [answer(1000 + i, device)]));
	const text = ids.map((id) => `${id} ${packAnswers(model.get(id) ?? [], (name) => DEVICES.indexOf(name))}`).join("\n");
	const log = new LogEntries();
	log.load(readLogText(text, DEVICES).lines, true);
	return { log, model };
}

const op = fc.oneof(
	fc.record({ kind: fc.constant("set" as const), card: fc.nat(14), time: fc.nat(5000) }),
	fc.record({ kind: fc.constant("delete" as const), card: fc.nat(14) }),
	fc.record({ kind: fc.constant("adopt" as const), card: fc.nat(14) }),
);

describe("LogEntries", () => {
	it("holds the same answers as a plain map through any sets, deletes and adoptions, and lists them in id order", () => {
		fc.assert(
			fc.property(fc.nat(10), fc.array(op, { maxLength: 30 }), (n, ops) => {
				const { log, model } = loaded(n);
				const other = loaded(12, "phone");
				const versions = new Set([log.keysVersion]);
				for (const o of ops) {
					const id = `c${String(o.card).padStart(2, "0")}`;
					const idsBefore = [...model.keys()].sort().join();
					if (o.kind === "set") {
						log.set(id, [answer(o.time)]);
						model.set(id, [answer(o.time)]);
					} else if (o.kind === "delete") {
						expect(log.delete(id)).toBe(model.delete(id));
					} else {
						log.adopt(id, other.log);
						const theirs = other.model.get(id);
						if (theirs) model.set(id, theirs);
					}
					// The version changes exactly when the set of ids does.
					const idsAfter = [...model.keys()].sort().join();
					expect(versions.has(log.keysVersion)).toBe(idsAfter === idsBefore);
					versions.add(log.keysVersion);
					expect(log.size).toBe(model.size);
				}
				const ids = [...model.keys()].sort();
				expect([...log.keys()].sort()).toEqual(ids);
				for (const id of ids) expect([log.has(id), log.get(id), log.read(id)]).toEqual([true, model.get(id), model.get(id)]);
				const visited: [string, readonly LogEntry[]][] = [];
				log.visitInOrder({ line: (id, lines, i) => visited.push([id, lines.answers(i)]), list: (id, list) => visited.push([id, list]) });
				expect(visited).toEqual(ids.map((id) => [id, model.get(id)]));
				expect(log.latestTime()).toBe(Math.max(0, ...[...model.values()].map((list) => list[list.length - 1]?.time ?? 0)));
				// Said to be unchanged only when it holds exactly what it read.
				if (log.unchangedText()) expect(model).toEqual(loaded(n).model);
			}),
			{ numRuns: 200 },
		);
	});

	it("reads a loaded card's answers without keeping them decoded, unless they were kept already", () => {
		const { log, model } = loaded(5);
		const read = log.read("c01");
		expect(read).toEqual(model.get("c01"));
		// A fresh list each time: nothing was kept.
		expect(log.read("c01")).not.toBe(read);
		const kept = log.get("c01");
		expect(log.read("c01")).toBe(kept);
		// Lines of two devices' texts, joined undecoded: read united, as `get` unites them.
		log.unite("c02", loaded(5, "phone").log);
		const joined = log.read("c02");
		expect(joined).toEqual([answer(1002), answer(1002, "phone")]);
		expect(log.get("c02")).toEqual(joined);
	});

	it("gives summaries and devices without decoding, the same as the answers say", () => {
		const { log } = loaded(5);
		const summaryOf = log.summariesInOrder();
		expect(["c00", "c03", "c09"].map((id) => summaryOf(id))).toEqual([{ count: 1, lastTime: 1000, lastOffset: 60 }, { count: 1, lastTime: 1003, lastOffset: 60 }, undefined]);
		log.set("c07", [answer(5, "phone")]);
		expect([...log.devices()].sort()).toEqual(["laptop", "phone"]);
	});
});
