// gray-matter calls Buffer.from() only to fill `file.orig`, which we never read. Mobile WebViews have no
// Buffer, so esbuild injects this per module instead of a global (see esbuild.config.mjs).
export const Buffer = {
	from: (value) => value,
	isBuffer: () => false,
};
