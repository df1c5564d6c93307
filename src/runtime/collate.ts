import { isNumericText } from '../values/match.js';
import { scalarText, type Scalar } from '../values/value.js';

/**
 * Orderings and number readings shared by the row commands.
 *
 * Splunk's lexicographic order is the order of the UTF-8 bytes ("based on the
 * values used to encode the items in computer memory … almost always UTF-8",
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Sort and
 * spl-semantics.md §2.3). UTF-8 byte order equals code point order, which
 * JavaScript's `<` on UTF-16 code units does not give above U+FFFF, so we
 * compare code points.
 */
export function compareBytes(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const ca = a.codePointAt(i) ?? 0;
    const cb = b.codePointAt(i) ?? 0;
    if (ca !== cb) return ca < cb ? -1 : 1;
    if (ca > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

/** Byte order of two values' texts: "44" < "443" < "4450" < "80". */
export function compareText(a: Scalar, b: Scalar): number {
  return compareBytes(scalarText(a), scalarText(b));
}

/**
 * A value as a number when Splunk would read it as one (a number, or text
 * such as "42", "-1.5", "1e3"); undefined otherwise. Functions that "treat
 * values as numbers" ignore the rest (spl-semantics.md §2.2).
 */
export function numberOf(value: Scalar): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (!isNumericText(value)) return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** Rounds away binary noise (0.1 * 3 → 0.3) in values we compute, e.g. bin edges. */
export function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}
