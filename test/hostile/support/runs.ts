/**
 * How many cases a property runs: SPLICE_FUZZ_RUNS when set (a positive integer),
 * else the modest default `npm test` uses. `npm run fuzz` runs far more.
 */
export function fuzzRuns(fallback: number, env: Record<string, string | undefined> = process.env): number {
  const text = env.SPLICE_FUZZ_RUNS;
  if (text === undefined || text.trim() === '') return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`SPLICE_FUZZ_RUNS must be a positive integer, not "${text}"`);
  return n;
}
