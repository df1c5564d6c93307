import type { ChartCommand, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { scalarText, valuesOf, type Row, type Scalar, type Table } from '../../values/value.js';
import { pivot } from '../chart/pivot.js';
import { splitSpec } from '../chart/series.js';
import { compareText } from '../collate.js';
import type { EvalPort } from '../eval-port.js';
import { allFields } from '../field-glob.js';
import { boolOption, checkOptions } from '../options.js';
import { compileFunction } from '../stats/compile.js';
import type { StatsLimits } from '../stats/limits.js';
import { expandWildcards } from '../stats/wildcards.js';

const OPTIONS = ['limit', 'useother', 'otherstr', 'usenull', 'nullstr', 'sep', 'format', 'cont', 'dedup_splitvals'];

/**
 * chart fns [over X [by Y]] or chart fns [by X [Y]]: one row per value of the
 * row split X (sorted as stats sorts its groups, byte order [INF]), X first;
 * with a column split Y, one column per function × value of Y, limited and
 * named as timechart does (see pivot and series). Without X, one row, as stats
 * gives. Results without X are dropped, as stats drops them [INF].
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Chart
 * Bin options on X or Y (span=, bins=) are refused; cont= only matters for
 * binned rows, so it has no effect here; numbers are not binned [INF].
 */
export function applyChart(table: Table, cmd: ChartCommand, port: EvalPort, limits?: StatsLimits): Table {
  checkOptions('chart', cmd.options, OPTIONS);
  boolOption(cmd.options, 'cont', true);
  const { rowSplit, columnSplit } = splitsOf(cmd);
  if (cmd.functions.length === 0) throw errorAt('syntax-error', 'chart needs a function, such as count', cmd.span);
  const splitFields = [rowSplit, columnSplit].flatMap((w) => (w ? [w.text] : []));
  const functions = expandWildcards(cmd.functions, allFields(table), splitFields).map((f) => compileFunction(f, 'chart', port, limits));
  const dedup = boolOption(cmd.options, 'dedup_splitvals', false);
  const keysOf = (row: Row): readonly Scalar[] => (rowSplit === undefined ? [''] : distinct(valuesOf(row.get(rowSplit.text)), dedup));
  const chart = pivot(
    table.rows.map((row) => ({ row, keys: keysOf(row) })),
    functions,
    columnSplit === undefined ? undefined : splitSpec(columnSplit, cmd.options),
  );
  if (rowSplit === undefined) return { fields: chart.columns, rows: [chart.cells('')] };
  const keys = [...chart.keys].sort(compareText);
  // The row field wins over a series of the same name.
  const rows = keys.map((key): Row => chart.cells(key).set(rowSplit.text, key));
  return { fields: [rowSplit.text, ...chart.columns.filter((c) => c !== rowSplit.text)], rows };
}

/** `over X by Y` and `by X Y` are the same chart; more split fields are an error. */
function splitsOf(cmd: ChartCommand): { rowSplit?: Word; columnSplit?: Word } {
  const fields = cmd.over ? [cmd.over, ...cmd.by] : cmd.by;
  const extra = fields[2];
  if (extra !== undefined) throw errorAt('invalid-argument', 'chart takes a row split and at most one column split (over X by Y, or by X Y)', extra.span);
  const [rowSplit, columnSplit] = fields;
  return { ...(rowSplit ? { rowSplit } : {}), ...(columnSplit ? { columnSplit } : {}) };
}

function distinct(values: readonly Scalar[], dedup: boolean): readonly Scalar[] {
  return dedup ? [...new Map(values.map((v) => [scalarText(v), v])).values()] : values;
}
