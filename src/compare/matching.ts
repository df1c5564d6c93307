import { canonicalValues, valuesEqual, type Values } from './cells.js';

/** A row as the values of each compared field, in field order. */
export type NormRow = readonly Values[];

/** An expected row index and an actual row index. */
export interface Pair {
  readonly e: number;
  readonly a: number;
}

/** Beyond this many candidate pairs, unmatched rows are not paired by similarity (the cost is quadratic). */
const PAIRING_LIMIT = 4_000_000;

export function rowsEqual(x: NormRow, y: NormRow, tolerance: number): boolean {
  return x.every((v, i) => valuesEqual(v, y[i] ?? [], tolerance));
}

function rowKey(row: NormRow): string {
  return row.map(canonicalValues).join(',');
}

/** Kuhn's augmenting paths: the largest set of equal (expected, actual) pairs, since equality within a tolerance is not transitive. */
function maxMatching(es: readonly number[], as: readonly number[], equal: (e: number, a: number) => boolean): Pair[] {
  const adjacent = es.map((e) => as.flatMap((a, j) => (equal(e, a) ? [j] : [])));
  const owner = new Array<number>(as.length).fill(-1);
  const assign = (i: number, seen: boolean[]): boolean => {
    for (const j of adjacent[i] ?? []) {
      if (seen[j] === true) continue;
      seen[j] = true;
      const held = owner[j] ?? -1;
      if (held < 0 || assign(held, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  es.forEach((_, i) => assign(i, new Array<boolean>(as.length).fill(false)));
  return owner.flatMap((i, j) => (i < 0 ? [] : [{ e: es[i] ?? -1, a: as[j] ?? -1 }]));
}

/**
 * Rows as a multiset: each expected row takes an equal actual row, and
 * duplicates count (two equal expected rows need two actual ones).
 */
export function matchMultiset(exp: readonly NormRow[], act: readonly NormRow[], tolerance: number): { matched: number; restE: number[]; restA: number[] } {
  const buckets = new Map<string, number[]>();
  act.forEach((row, a) => {
    const key = rowKey(row);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(a);
    else buckets.set(key, [a]);
  });
  for (const bucket of buckets.values()) bucket.reverse();
  const restE: number[] = [];
  const taken = new Set<number>();
  exp.forEach((row, e) => {
    const a = buckets.get(rowKey(row))?.pop();
    if (a === undefined) restE.push(e);
    else taken.add(a);
  });
  const restA = act.flatMap((_, a) => (taken.has(a) ? [] : [a]));
  let matched = exp.length - restE.length;
  if (tolerance > 0 && restE.length > 0 && restA.length > 0) {
    const pairs = maxMatching(restE, restA, (e, a) => rowsEqual(exp[e] ?? [], act[a] ?? [], tolerance));
    const pairedE = new Set(pairs.map((p) => p.e));
    const pairedA = new Set(pairs.map((p) => p.a));
    matched += pairs.length;
    return { matched, restE: restE.filter((e) => !pairedE.has(e)), restA: restA.filter((a) => !pairedA.has(a)) };
  }
  return { matched, restE, restA };
}

/** Equal cells between two rows, over the fields either row has a value in. */
function similarity(x: NormRow, y: NormRow, tolerance: number): { equal: number; of: number } {
  let equal = 0;
  let of = 0;
  x.forEach((v, i) => {
    const w = y[i] ?? [];
    if (v.length === 0 && w.length === 0) return;
    of++;
    if (valuesEqual(v, w, tolerance)) equal++;
  });
  return { equal, of };
}

/**
 * Pairs unmatched rows for the diff, most equal cells first (ties: earlier
 * rows first). With `atLeastHalf`, a pair needs an equal cell and equal cells
 * in at least half the fields either row has a value in; otherwise the rows
 * stay missing and extra.
 */
export function pairBySimilarity(
  es: readonly number[],
  as: readonly number[],
  exp: readonly NormRow[],
  act: readonly NormRow[],
  tolerance: number,
  atLeastHalf: boolean,
): Pair[] {
  if (es.length * as.length > PAIRING_LIMIT) return [];
  const candidates: { e: number; a: number; score: number }[] = [];
  for (const e of es) {
    for (const a of as) {
      const s = similarity(exp[e] ?? [], act[a] ?? [], tolerance);
      if (atLeastHalf && (s.equal === 0 || s.equal * 2 < s.of)) continue;
      candidates.push({ e, a, score: s.equal });
    }
  }
  candidates.sort((p, q) => q.score - p.score || p.e - q.e || p.a - q.a);
  const usedE = new Set<number>();
  const usedA = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedE.has(c.e) || usedA.has(c.a)) continue;
    usedE.add(c.e);
    usedA.add(c.a);
    pairs.push({ e: c.e, a: c.a });
  }
  return pairs;
}

/** Pairs unmatched rows whose key cells (the BY fields) are equal; within one key, the most similar first. */
export function pairByKey(
  es: readonly number[],
  as: readonly number[],
  exp: readonly NormRow[],
  act: readonly NormRow[],
  keys: readonly number[],
  tolerance: number,
): Pair[] {
  const groups = new Map<string, { es: number[]; as: number[] }>();
  const group = (row: NormRow): { es: number[]; as: number[] } => {
    const key = keys.map((k) => canonicalValues(row[k] ?? [])).join(',');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { es: [], as: [] }));
    return g;
  };
  for (const e of es) group(exp[e] ?? []).es.push(e);
  for (const a of as) group(act[a] ?? []).as.push(a);
  return [...groups.values()].flatMap((g) => pairBySimilarity(g.es, g.as, exp, act, tolerance, false));
}
