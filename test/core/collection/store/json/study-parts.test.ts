import { Collection, CollectionDataError } from "../../../../../src/core";

const MONDAY = new Date("2025-03-10T09:00:00Z");

/** A saved store with one practice answer and one due date set by hand. */
function saved(): Record<string, unknown> {
	const collection = new Collection({ utcOffset: () => 0, deviceId: "laptop" });
	collection.indexNote("a.md", "q #card\na\n\nr #card\nb", MONDAY);
	const [q, r] = collection.cards();
	collection.answer(q!.id, 3, MONDAY, 1234, { reschedule: false });
	collection.answer(r!.id, 4, MONDAY);
	collection.setDue([r!.id], 2, MONDAY);
	return JSON.parse(JSON.stringify(collection.toJSON())) as Record<string, unknown>;
}

describe("stored practice answers and due dates", () => {
	it("are written only when there are some", () => {
		const empty = new Collection().toJSON() as unknown as Record<string, unknown>;
		expect(empty).not.toHaveProperty("practice");
		expect(empty).not.toHaveProperty("dueSet");
		const data = saved();
		expect(Object.values(data.practice as object)).toEqual([[[MONDAY.getTime(), 3, 0, 0, 1200, 0, 0]]]);
		expect(Object.values(data.dueSet as object)).toHaveLength(1);
	});

	it.each<{ description: string; change: (data: Record<string, unknown>) => void; says: RegExp }>([
		{ description: "a practice answer of the wrong length", change: (d) => (d.practice = { x: [[1, 3]] }), says: /practice\.x\[0\]/ },
		{ description: "a practice rating of 5", change: (d) => (d.practice = { x: [[1, 5, 0, 0, -1, 0, 0]] }), says: /rating from 1 to 4/ },
		{ description: "a practice answer by an unknown device", change: (d) => (d.practice = { x: [[1, 3, 9, 0, -1, 0, 0]] }), says: /device number/ },
		{ description: "practice that is no object", change: (d) => (d.practice = [1]), says: /practice/ },
		{ description: "a due date of the wrong length", change: (d) => (d.dueSet = { x: [1, 2] }), says: /dueSet\.x/ },
		{ description: "a negative due date", change: (d) => (d.dueSet = { x: [-1, 2, 0] }), says: /dueSet\.x\[0\]/ },
	])("refuse $description", ({ change, says }) => {
		const data = saved();
		change(data);
		expect(() => Collection.fromJSON(data)).toThrow(CollectionDataError);
		expect(() => Collection.fromJSON(data)).toThrow(says);
	});

	it("read back an undone practice answer and one without a duration", () => {
		const data = saved();
		data.practice = { [Object.keys(data.practice as object)[0]!]: [[1, 3, 0, 0, -1, 0, 1], [2, 2, 0, 0, -1, 0, 0]] };
		const collection = Collection.fromJSON(data);
		const id = collection.cards()[0]!.id;
		expect(collection.practiceHistory(id)).toEqual([{ card: id, time: 2, rating: 2, device: "laptop", offset: 0 }]);
		expect(collection.toJSON()).toEqual(data);
	});
});
