import { scalarText, valuesOf, type FieldValue, type Row, type Scalar } from '../../values/value.js';
import { numberOf } from '../collate.js';
import type { CompiledFunction } from '../stats/compile.js';
import { groupStates } from '../stats/group-states.js';
import type { Group } from '../stats/groups.js';
import { keptSeries, seriesColumn, splitValuesOf, type SplitSpec } from './series.js';

/** A row of the input with the row-split values it falls under (time buckets for timechart, `over` values for chart). */
export interface PivotEntry {
  readonly row: Row;
  readonly keys: readonly Scalar[];
}

/** The chart table before its rows are ordered: one output row a key, one column a function × series. */
export interface Pivot {
  /** The output columns after the row-split field, in order. */
  readonly columns: readonly string[];
  /** The row-split values that hold data, in the order first seen. */
  readonly keys: readonly Scalar[];
  /** The cells of one output row; a key without data gets what each function gives over no results. */
  cells(key: Scalar): Map<string, FieldValue>;
}

type Results = readonly (FieldValue | undefined)[];

/** An entry that is in at least one series, with its series and its values for each function. */
interface Fed {
  readonly entry: PivotEntry;
  readonly series: readonly Scalar[];
  readonly values: readonly (readonly Scalar[])[];
}

/**
 * Aggregates each (row key, series) cell with the stats functions. An empty
 * cell shows what the function gives over no results: 0 for count and dc,
 * nothing for the others (a filled timechart bucket counts 0 events). The
 * OTHER series aggregates the results of every series limit= leaves out, as
 * if their split values were all otherstr [INF: the docs only say the other
 * values "are grouped into OTHER"].
 */
export function pivot(entries: readonly PivotEntry[], functions: readonly CompiledFunction[], split: SplitSpec | undefined): Pivot {
  const states = groupStates(functions);
  const keys = new Map<string, Scalar>();
  const frequency = new Map<string, number>();
  const fed: Fed[] = [];
  for (const entry of entries) {
    const series = split === undefined ? [''] : splitValuesOf(entry.row, split);
    if (series.length === 0 || entry.keys.length === 0) continue;
    const values = functions.map((f) => f.feed(entry.row));
    fed.push({ entry, series, values });
    for (const s of series) frequency.set(scalarText(s), (frequency.get(scalarText(s)) ?? 0) + 1);
    for (const key of entry.keys) {
      keys.set(scalarText(key), key);
      for (const s of series) states.add(cell(key, s), values, entry.row);
    }
  }
  const results = new Map(states.entries().map(({ group, state }) => [group.key, state.map((acc) => acc.result())]));
  const empty = functions.map((f) => f.make().result());
  const names = functions.map((f) => f.name);
  /** Writes each function's result of a cell (or of no results) under its column. */
  const write = (out: Map<string, FieldValue>, columnOf: (i: number) => string, found: Results | undefined): void =>
    functions.forEach((_, i) => {
      const value = found === undefined ? empty[i] : found[i];
      if (value !== undefined) out.set(columnOf(i), value);
    });

  if (split === undefined) {
    return {
      columns: [...new Set(names)],
      keys: [...keys.values()],
      cells: (key) => {
        const out = new Map<string, FieldValue>();
        write(out, (i) => names[i]!, results.get(cell(key, '').key));
        return out;
      },
    };
  }
  const kept = keptSeries(scoresOf(results, frequency, functions.length), split).map(scalarText);
  const other = split.useOther && kept.length < frequency.size ? otherResults(fed, new Set(kept), functions) : undefined;
  const series = [...kept, ...(other ? [split.otherStr] : [])];
  const columnOf = (i: number, value: string): string => seriesColumn(names[i]!, value, functions.length, split);
  return {
    // Grouped by function, then series [INF].
    columns: names.flatMap((_, i) => series.map((value) => columnOf(i, value))),
    keys: [...keys.values()],
    cells: (key) => {
      const out = new Map<string, FieldValue>();
      kept.forEach((value) => write(out, (i) => columnOf(i, value), results.get(cell(key, value).key)));
      if (other) write(out, (i) => columnOf(i, split.otherStr), other.get(scalarText(key)));
      return out;
    },
  };
}

function cell(key: Scalar, series: Scalar): Group {
  return { key: JSON.stringify([scalarText(key), scalarText(series)]), values: [key, series] };
}

/**
 * limit= scores (Timechart docs, limit): with one function, the sum of its
 * values over all rows of the series (values that are not numbers add
 * nothing [INF]); with several, how often the split value occurs.
 */
function scoresOf(results: ReadonlyMap<string, Results>, frequency: ReadonlyMap<string, number>, functionCount: number): Map<string, { value: Scalar; score: number }> {
  const scores = new Map<string, { value: Scalar; score: number }>();
  for (const [key, found] of results) {
    const [, series] = JSON.parse(key) as [string, string];
    const entry = scores.get(series) ?? { value: series, score: functionCount === 1 ? 0 : frequency.get(series) ?? 0 };
    if (functionCount === 1) {
      const n = valuesOf(found[0]).length === 1 ? numberOf(valuesOf(found[0])[0]!) : undefined;
      entry.score += n ?? 0;
    }
    scores.set(series, entry);
  }
  return scores;
}

/** The OTHER series' results per row key: every result of the series left out, aggregated together. */
function otherResults(fed: readonly Fed[], kept: ReadonlySet<string>, functions: readonly CompiledFunction[]): Map<string, Results> {
  const states = groupStates(functions);
  for (const { entry, series, values } of fed) {
    for (const s of series) {
      if (kept.has(scalarText(s))) continue;
      for (const key of entry.keys) states.add({ key: scalarText(key), values: [key] }, values, entry.row);
    }
  }
  return new Map(states.entries().map(({ group, state }) => [group.key, state.map((acc) => acc.result())]));
}
