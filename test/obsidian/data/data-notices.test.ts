import { dataNotices } from "../../../src/obsidian/data/data-notices";
import { Notice } from "../../__mocks__/obsidian";

describe("the data file's notices", () => {
	it("shows each message in a notice of its own that stays until dismissed", () => {
		const before = Notice.made.length;
		const notices = dataNotices();
		notices.notify("first");
		notices.notify("second");
		const made = Notice.made.slice(before);
		expect(made.map((n) => [n.message, n.duration, n.hidden])).toEqual([
			["first", 0, false],
			["second", 0, false],
		]);
	});

	it("shows progress in one notice, updated, and takes it down once the work is over", () => {
		const before = Notice.made.length;
		const notices = dataNotices();
		notices.progress("1 / 3");
		notices.progress("2 / 3");
		// The same text again draws nothing.
		const drawn = Notice.messages.length;
		notices.progress("2 / 3");
		expect(Notice.messages.length).toBe(drawn);
		const [shown] = Notice.made.slice(before);
		expect(Notice.made.length - before).toBe(1);
		expect(shown?.message).toBe("2 / 3");
		expect(shown?.hidden).toBe(false);
		notices.progress(null);
		expect(shown?.hidden).toBe(true);
		// The next long work gets a notice of its own.
		notices.progress("1 / 5");
		expect(Notice.made.length - before).toBe(2);
		expect(Notice.made.at(-1)?.message).toBe("1 / 5");
	});
});
