import type { ResultSet } from '../baseline/result-set.js';
import { errorNowhere } from '../diagnostics/diagnostic.js';
import { cellValues, valuesEqual } from './cells.js';
import { DEFAULT_COMPARE_OPTIONS, type CellDiff, type ChangedRow, type CompareOptions, type Comparison, type RowRef } from './comparison.js';
import { matchMultiset, pairByKey, pairBySimilarity, rowsEqual, type NormRow, type Pair } from './matching.js';

export { DEFAULT_COMPARE_OPTIONS, type CellDiff, type ChangedRow, type CompareOptions, type Comparison, type RowRef } from './comparison.js';
export { renderComparison } from './render.js';

/**
 * The fields compared: the union of both sides' fields, less ignored ones and
 * those starting with `_` (Splunk's internal fields, hidden in its tables;
 * spl-semantics.md §8.1) unless kept. Fields a row holds but its header
 * lacks count too, so no value escapes the comparison.
 */
function comparedFields(expected: ResultSet, actual: ResultSet, options: CompareOptions): string[] {
  const ignored = new Set(options.ignore);
  const kept = new Set(options.keepInternal);
  const out = new Set<string>();
  for (const rs of [expected, actual]) {
    for (const f of rs.fields) out.add(f);
    for (const row of rs.rows) for (const f of row.keys()) out.add(f);
  }
  return [...out].filter((f) => !ignored.has(f) && (!f.startsWith('_') || kept.has(f)));
}

function changedRow(expected: ResultSet, actual: ResultSet, pair: Pair, fields: readonly string[], tolerance: number): ChangedRow {
  const e = expected.rows[pair.e] ?? new Map();
  const a = actual.rows[pair.a] ?? new Map();
  const cells: CellDiff[] = fields
    .filter((f) => !valuesEqual(cellValues(e.get(f)), cellValues(a.get(f)), tolerance))
    .map((field) => ({ field, expected: e.get(field), actual: a.get(field) }));
  return { expected: { index: pair.e, row: e }, actual: { index: pair.a, row: a }, cells };
}

/**
 * Compares Splunk's rows (expected) with splice's (actual). Cells compare by
 * the rules of cells.ts. Unordered, rows are a multiset; unmatched rows are
 * then paired for the diff by key cells, or else by similarity, and what
 * stays unpaired is missing or extra. Ordered, row N meets row N and surplus
 * rows at the end are missing or extra. A field only one header names fails
 * nothing by itself: a missing cell equals an empty one.
 */
export function compareResults(expected: ResultSet, actual: ResultSet, options: Partial<CompareOptions> = {}): Comparison {
  const opts: CompareOptions = { ...DEFAULT_COMPARE_OPTIONS, ...options };
  const tolerance = opts.tolerance;
  if (!Number.isFinite(tolerance) || tolerance < 0) throw errorNowhere('usage-error', `the tolerance must be a finite number ≥ 0, not ${tolerance}`);
  const fields = comparedFields(expected, actual, opts);
  const normal = (rs: ResultSet): NormRow[] => rs.rows.map((row) => fields.map((f) => cellValues(row.get(f))));
  const exp = normal(expected);
  const act = normal(actual);
  const keyFields = (opts.keyFields ?? []).filter((f) => fields.includes(f));
  let matched: number;
  let restE: number[];
  let restA: number[];
  let pairs: Pair[];
  if (opts.ordered) {
    const common = Math.min(exp.length, act.length);
    pairs = [];
    for (let i = 0; i < common; i++) if (!rowsEqual(exp[i] ?? [], act[i] ?? [], tolerance)) pairs.push({ e: i, a: i });
    matched = common - pairs.length;
    restE = exp.flatMap((_, i) => (i < common ? [] : [i]));
    restA = act.flatMap((_, i) => (i < common ? [] : [i]));
  } else {
    ({ matched, restE, restA } = matchMultiset(exp, act, tolerance));
    const keys = keyFields.map((f) => fields.indexOf(f));
    pairs = keys.length > 0 ? pairByKey(restE, restA, exp, act, keys, tolerance) : pairBySimilarity(restE, restA, exp, act, tolerance, true);
  }
  const pairedE = new Set(pairs.map((p) => p.e));
  const pairedA = new Set(pairs.map((p) => p.a));
  const ref = (rs: ResultSet) => (index: number): RowRef => ({ index, row: rs.rows[index] ?? new Map() });
  const missing = restE.filter((e) => !pairedE.has(e)).sort((x, y) => x - y).map(ref(expected));
  const extra = restA.filter((a) => !pairedA.has(a)).sort((x, y) => x - y).map(ref(actual));
  const changed = [...pairs].sort((p, q) => p.e - q.e).map((p) => changedRow(expected, actual, p, fields, tolerance));
  const compared = new Set(fields);
  const onlyIn = (rs: ResultSet, other: ResultSet): string[] => rs.fields.filter((f) => compared.has(f) && !other.fields.includes(f));
  return {
    pass: missing.length === 0 && extra.length === 0 && changed.length === 0,
    ordered: opts.ordered,
    fields,
    keyFields,
    expectedRows: exp.length,
    actualRows: act.length,
    matched,
    missing,
    extra,
    changed,
    fieldsOnlyInExpected: onlyIn(expected, actual),
    fieldsOnlyInActual: onlyIn(actual, expected),
  };
}
