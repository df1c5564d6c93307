import type { Cell } from '../baseline/result-set.js';

/** A cell in comparable form: its values in order; no values when the field is missing or empty. */
export type Values = readonly string[];

/**
 * Missing, `""`, `[]` and `[""]` all mean "no value": Splunk's CSV export
 * cannot tell a missing field from an empty one (spl-semantics.md §8.4), and
 * a one-value list is that value (the JSON export prints it as a plain string, §8.3).
 */
export function cellValues(cell: Cell | undefined): Values {
  if (cell === undefined) return [];
  const list = typeof cell === 'string' ? [cell] : cell;
  return list.length === 1 && list[0] === '' ? [] : list;
}

/**
 * Text that reads as a finite number: an optional minus, digits with an
 * optional fraction, an optional exponent ("1", "1.0", ".5", "1e3", "-2E-7").
 * Decided [INF]: no surrounding spaces, no "+", and no redundant leading zero
 * ("007"): such text is an identifier Splunk printed as it was, and losing
 * the zeros (e.g. to SQLite's numeric affinity) is a bug worth reporting.
 */
const NUMBER = /^-?(?:(?:0|[1-9]\d*)(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

export function numberOf(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Two texts are equal when identical (case counts), or both numbers within `tolerance` of each other. */
export function textsEqual(a: string, b: string, tolerance: number): boolean {
  if (a === b) return true;
  const x = numberOf(a);
  const y = numberOf(b);
  return x !== undefined && y !== undefined && Math.abs(x - y) <= tolerance;
}

/** Multivalue order counts: values() output is already in byte order, so lists compare element by element. */
export function valuesEqual(a: Values, b: Values, tolerance: number): boolean {
  return a.length === b.length && a.every((v, i) => textsEqual(v, b[i] ?? '', tolerance));
}

/** A text form equal for exactly the values that are equal with no tolerance: numbers by value. */
export function canonicalValues(values: Values): string {
  return JSON.stringify(values.map((v) => {
    const n = numberOf(v);
    return n === undefined ? `s${v}` : `n${String(n)}`;
  }));
}
