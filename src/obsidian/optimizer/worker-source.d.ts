/** The optimizer worker's bundled source, inlined by the build (esbuild.config.mjs); empty in tests. */
declare module "optimizer-worker-source" {
	const source: string;
	export default source;
}
