import type { Cell } from '../baseline/result-set.js';

export interface CompareOptions {
  /** Compare row N with row N; otherwise rows are a multiset. */
  readonly ordered: boolean;
  /** Numbers within this absolute distance are equal; 0 wants them equal. */
  readonly tolerance: number;
  /** Fields dropped from both sides. */
  readonly ignore: readonly string[];
  /** Fields starting with `_` compared anyway (all others are ignored). */
  readonly keepInternal: readonly string[];
  /** BY fields, when known: unmatched rows with equal key cells are shown as one changed row. */
  readonly keyFields?: readonly string[];
}

export const DEFAULT_COMPARE_OPTIONS: CompareOptions = { ordered: false, tolerance: 0, ignore: [], keepInternal: [] };

/** A row of one side; `index` is its 0-based position among that side's rows. */
export interface RowRef {
  readonly index: number;
  readonly row: ReadonlyMap<string, Cell>;
}

export interface CellDiff {
  readonly field: string;
  readonly expected: Cell | undefined;
  readonly actual: Cell | undefined;
}

/** An expected row and the actual row it was paired with, and the cells that differ. */
export interface ChangedRow {
  readonly expected: RowRef;
  readonly actual: RowRef;
  readonly cells: readonly CellDiff[];
}

export interface Comparison {
  readonly pass: boolean;
  readonly ordered: boolean;
  /** The fields compared, in display order. */
  readonly fields: readonly string[];
  /** The key fields used to pair rows (those of the options that are compared). */
  readonly keyFields: readonly string[];
  readonly expectedRows: number;
  readonly actualRows: number;
  /** Expected rows with an equal actual row. */
  readonly matched: number;
  /** In expected, not in actual. */
  readonly missing: readonly RowRef[];
  /** In actual, not in expected. */
  readonly extra: readonly RowRef[];
  readonly changed: readonly ChangedRow[];
  /** Compared fields named by one header only: reported, but they fail nothing by themselves. */
  readonly fieldsOnlyInExpected: readonly string[];
  readonly fieldsOnlyInActual: readonly string[];
}
