/** Number formats by language, built once each (building an Intl.NumberFormat costs far more than using one). */

/** How a number is written: at most `decimals` digits after the decimal sign (exactly that many when `fixed`). */
export interface NumberStyle {
	decimals?: number;
	fixed?: boolean;
	/** Thousands separators (`12,345`); off by default, as counts have always been written. */
	grouping?: boolean;
	/** A share (0–1) written as a percentage. */
	percent?: boolean;
}

const formats = new Map<string, Intl.NumberFormat>();

/** The format of `style` in `locale`. */
export function numberFormat(locale: string, style: NumberStyle): Intl.NumberFormat {
	const { decimals = 0, fixed = false, grouping = false, percent = false } = style;
	const key = `${locale}|${decimals}|${fixed}|${grouping}|${percent}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			style: percent ? "percent" : "decimal",
			maximumFractionDigits: decimals,
			minimumFractionDigits: fixed ? decimals : 0,
			useGrouping: grouping,
		});
		formats.set(key, format);
	}
	return format;
}
