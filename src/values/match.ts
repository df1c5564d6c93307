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

/** Case-insensitive (Unicode) match of a value against text where `*` is a wildcard. */
export function matchesCaseInsensitive(value: string, pattern: string): boolean {
  if (!pattern.includes('*')) return value.toLowerCase() === pattern.toLowerCase();
  let re = regexCache.get(pattern);
  if (!re) {
    const body = pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*');
    re = new RegExp(`^${body}$`, 'iu');
    if (regexCache.size > 1000) regexCache.clear();
    regexCache.set(pattern, re);
  }
  return re.test(value);
}
