import type { Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { scalarText, valuesOf, type Row, type Scalar } from '../../values/value.js';
import { compareText } from '../collate.js';

/** One combination of BY values; `key` identifies it by the values' texts. */
export interface Group {
  readonly key: string;
  readonly values: readonly Scalar[];
}

/**
 * The groups a result belongs to, or undefined when a BY field is missing
 * (stats drops such results, spl-semantics.md §2.6). A multivalue BY field puts
 * the result in one group per value, every combination when several are
 * (§2.8); a value repeated within the field counts again unless
 * dedup_splitvals=true (stats docs, "dedup_splitvals").
 */
export function groupsOf(row: Row, by: readonly string[], dedupSplitValues: boolean): Group[] | undefined {
  let combos: Scalar[][] = [[]];
  for (const field of by) {
    let values = valuesOf(row.get(field));
    if (values.length === 0) return undefined;
    if (dedupSplitValues) values = [...new Map(values.map((v) => [scalarText(v), v])).values()];
    combos = combos.flatMap((combo) => values.map((v) => [...combo, v]));
  }
  return combos.map((values) => ({ key: JSON.stringify(values.map(scalarText)), values }));
}

/**
 * The single group of a result for eventstats and streamstats, which add
 * fields to the result itself; a result in several groups (a multivalue BY
 * field) is refused rather than guessed at.
 */
export function singleGroupOf(row: Row, by: readonly Word[], command: string): Group | undefined {
  const groups = groupsOf(row, by.map((w) => w.text), false);
  if (groups === undefined) return undefined;
  if (groups.length > 1) {
    const field = by.find((w) => valuesOf(row.get(w.text)).length > 1) ?? by[0]!;
    throw errorAt('unsupported', `unsupported: ${command} BY a multivalue field (${field.text})`, field.span);
  }
  return groups[0];
}

/** stats output order: by the BY values, field by field, in byte order [INF, spl-semantics.md §8.2]. */
export function compareGroups(a: Group, b: Group): number {
  for (let i = 0; i < a.values.length; i++) {
    const c = compareText(a.values[i]!, b.values[i]!);
    if (c !== 0) return c;
  }
  return 0;
}
