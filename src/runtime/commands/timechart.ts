import type { ChartCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span as TextSpan } from '../../diagnostics/span.js';
import type { Row, Table } from '../../values/value.js';
import { pivot } from '../chart/pivot.js';
import { splitSpec } from '../chart/series.js';
import { bucketsOf, continuousBuckets } from '../chart/time-buckets.js';
import type { EvalPort } from '../eval-port.js';
import { boolOption, checkOptions, findOption } from '../options.js';
import { compileFunction } from '../stats/compile.js';
import type { StatsLimits } from '../stats/limits.js';
import { parseSpan } from '../time/bins.js';
import type { TimeZone } from '../time/zone.js';

const OPTIONS = ['span', 'bins', 'limit', 'useother', 'otherstr', 'usenull', 'nullstr', 'sep', 'format', 'cont', 'partial', 'fixedrange', 'dedup_splitvals'];

/**
 * timechart span=… fns [by field]: one row per time bucket, `_time` first,
 * then one column per function, or per function × split value (see pivot and
 * series). https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Timechart
 * - span= is required: without it Splunk picks the span from the search's
 *   time range (default bins=100), which splice does not have. With span=,
 *   bins= is ignored, as in Splunk ("If you specify both, only span is used").
 *   Buckets are placed as bin places them (local clock of the time zone).
 * - cont=true (default) fills the buckets between the first and the last that
 *   hold data; cont=false shows only those. Splunk fills over the search's
 *   time range (fixedrange=true) [INF: with no range both fixedrange values
 *   mean the range of the data].
 * - partial=false is refused: which buckets are partial depends on the
 *   search's time range.
 * - A split field's numbers are not binned (no bin options after BY) [INF].
 * - Splunk also adds the hidden fields `_span` and `_spandays`; splice's output
 *   has no hidden fields (append and table * would show them), so it leaves them out.
 */
export function applyTimechart(table: Table, cmd: ChartCommand, port: EvalPort, zone: TimeZone, limits?: StatsLimits): Table {
  checkOptions('timechart', cmd.options, OPTIONS);
  const name: TextSpan = { start: cmd.span.start, end: cmd.span.start + 'timechart'.length };
  if (cmd.over) throw errorAt('invalid-argument', 'timechart has no over clause (the rows are always _time); split with by', cmd.over.span);
  const spanOption = findOption(cmd.options, 'span');
  if (spanOption === undefined) {
    throw errorAt('unsupported', "unsupported: timechart without span= (Splunk picks the span from the search's time range)", name, ['add span=, e.g. span=5m']);
  }
  const span = parseSpan(spanOption.value, true, 'timechart');
  const partial = findOption(cmd.options, 'partial');
  if (partial !== undefined && !boolOption(cmd.options, 'partial', true)) {
    throw errorAt('unsupported', "unsupported: timechart partial=false (partial buckets depend on the search's time range)", partial.span);
  }
  boolOption(cmd.options, 'fixedrange', true);
  const cont = boolOption(cmd.options, 'cont', true);
  const [field, extra] = cmd.by;
  if (extra !== undefined) {
    if (extra.text.toLowerCase() === 'where') throw errorAt('unsupported', 'unsupported: timechart where clause', extra.span);
    throw errorAt('invalid-argument', 'timechart splits by one field only', extra.span);
  }
  if (cmd.functions.length === 0) throw errorAt('syntax-error', 'timechart needs a function, such as count', name);
  const functions = cmd.functions.map((f) => compileFunction(f, 'timechart', port, limits));
  const chart = pivot(
    table.rows.map((row) => ({ row, keys: bucketsOf(row, span, zone) })),
    functions,
    field === undefined ? undefined : splitSpec(field, cmd.options),
  );
  const data = chart.keys.map(Number);
  const buckets = cont ? continuousBuckets(data, span, zone, name) : data.sort((a, b) => a - b);
  const rows = buckets.map((t): Row => chart.cells(t).set('_time', t));
  return { fields: ['_time', ...chart.columns.filter((c) => c !== '_time')], rows };
}
