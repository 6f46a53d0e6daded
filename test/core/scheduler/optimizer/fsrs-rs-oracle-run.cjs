// Runs fsrs-rs through its native Node binding, in a process of its own so the native module never
// lives inside a test worker. Reads { items, parameterSets } (items as { reviews: [{ rating, deltaT }] })
// as JSON on stdin; writes { fitted, scores } as JSON: fsrs-rs's own fit, and its evaluation of each
// parameter set followed by the fit.
const { readFileSync } = require("fs");
const fsrs = require("@open-spaced-repetition/binding-linux-x64-gnu");

async function main() {
	const input = JSON.parse(readFileSync(0, "utf8"));
	const items = input.items.map(
		(item) => new fsrs.FSRSBindingItem(item.reviews.map((review) => new fsrs.FSRSBindingReview(review.rating, review.deltaT))),
	);
	const fitted = await fsrs.computeParameters(items, { enableShortTerm: true });
	const scores = [...input.parameterSets, fitted].map((parameters) => {
		const { logLoss, rmseBins } = new fsrs.FSRSBinding(parameters).evaluate(items);
		return { logLoss, rmseBins };
	});
	process.stdout.write(JSON.stringify({ fitted, scores }));
}

main().catch((error) => {
	process.stderr.write(String(error && error.stack ? error.stack : error));
	process.exit(1);
});
