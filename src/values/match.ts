/**
 * Value matching shared by the SQL UDFs and the row runtime, so both back ends
 * give the same answer.
 */

/** Splunk's notion of a number in text: optional sign, digits, optional fraction/exponent. */
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function isNumericText(text: string): boolean {
  return NUMERIC.test(text.trim());
}

/** `<` `>` in search: numeric when both sides are numbers, otherwise lexicographic (byte order). */
export function splunkCompare(a: string | number, b: string | number): number {
  const as = String(a);
  const bs = String(b);
  if (isNumericText(as) && isNumericText(bs)) return Math.sign(Number(as) - Number(bs));
  return as < bs ? -1 : as > bs ? 1 : 0;
}

const regexCache = new Map<string, RegExp>();

/**
 * Case-insensitive match of a value against text where `*` is a wildcard.
 * The regex has the `i` flag but not `u`: without `u`, JavaScript never folds a
 * non-ASCII character onto an ASCII one (U+212A KELVIN SIGN stays apart from
 * "k", "ſ" from "s"), which is exactly what SQLite's NOCASE and LIKE do for the
 * ASCII values the SQL printer hands them. So both back ends agree on every row,
 * while non-ASCII letters (ä/Ä) still fold to each other.
 */
export function matchesCaseInsensitive(value: string, pattern: string): boolean {
  let re = regexCache.get(pattern);
  if (!re) {
    const body = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
    re = new RegExp(`^${body}$`, 'i');
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re.test(value);
}
