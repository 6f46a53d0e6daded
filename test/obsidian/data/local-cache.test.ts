import "fake-indexeddb/auto";
import { indexedDbCache } from "../../../src/obsidian/data/local-cache";

describe("the device-local cache", () => {
	it("gives back what this plugin version wrote for this vault", async () => {
		await indexedDbCache("vault-1", "1.0.0").write({ "cache.txt": "lines" });
		expect(await indexedDbCache("vault-1", "1.0.0").read()).toEqual({ "cache.txt": "lines" });
	});

	it("gives nothing to another vault or another plugin version, which rebuild it", async () => {
		await indexedDbCache("vault-2", "1.0.0").write({ "cache.txt": "lines" });
		expect(await indexedDbCache("vault-3", "1.0.0").read()).toBeNull();
		expect(await indexedDbCache("vault-2", "1.1.0").read()).toBeNull();
	});
});
