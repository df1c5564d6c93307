import type { Command, CommandOption, StatsFunction, TstatsCommand, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { col, param, type SqlExpr } from '../../sql/ast.js';
import type { CellDecoding, SqlSource } from '../plan.js';
import { lowerAggregate } from './tstats-aggregates.js';
import { resolveTstatsField } from './tstats-fields.js';
import { checkPrestatsConsumer } from './tstats-prestats-consumer.js';
import { tstatsSource, type TstatsScan } from './tstats-scan.js';

/** Functions that read `_time` besides their field (the value at the earliest or latest time). */
const TIMED = new Set(['earliest', 'latest']);

/**
 * tstats prestats=true: Splunk emits partial aggregates that only stats, chart
 * and timechart read, and their final result equals running those commands
 * over the events (tstats docs, prestats; spl-semantics.md §2.1). splice emits
 * the events themselves, one row per event and BY value (the BY fields as tstats
 * computes them: binned _time, fillnull_value, one row per multivalue value),
 * with the fields the tstats functions read, and lets the next command
 * aggregate. That command must only ask for aggregates the tstats computed
 * (see checkPrestatsConsumer). The tstats AS names are ignored, as in Splunk.
 */
export function planPrestats(cmd: TstatsCommand, scan: TstatsScan, option: CommandOption, next: Command | undefined): SqlSource {
  for (const f of cmd.functions) lowerAggregate(scan.table, f, scan.warnings); // validated as grouped tstats validates them
  checkPrestatsConsumer(next, option, cmd.functions, scan.by);
  const columns: { name: string; expr: SqlExpr; decode: CellDecoding }[] = scan.by.map((b) => ({ name: b.name, expr: b.expr, decode: 'scalar' }));
  const add = (word: Word, f: StatsFunction): void => {
    if (columns.some((c) => c.name === word.text)) return refuseBinnedRead(scan, word, f);
    const ref = resolveTstatsField(scan.table, word, []).ref;
    columns.push({ name: word.text, expr: ref.absent ? param(null) : col(ref.name), decode: ref.multivalue ? 'values-json' : 'scalar' });
  };
  for (const f of cmd.functions) {
    const arg = f.args[0];
    if (arg?.kind === 'field') add(arg.field, f);
    if (TIMED.has(f.fn.text.toLowerCase())) add({ text: '_time', span: f.fn.span }, f);
  }
  return tstatsSource(cmd, scan, columns, false);
}

/**
 * A function reading a BY field sees that field's BY value on each row, which
 * is the event's value only when tstats did not change it: refused for binned
 * _time, multivalue BY fields and fields fillnull_value fills (every event
 * has a _time [INF]), whose partial aggregates splice cannot rebuild from one
 * value a row.
 */
function refuseBinnedRead(scan: TstatsScan, word: Word, f: StatsFunction): void {
  const by = scan.by.find((b) => b.name === word.text);
  if (by === undefined) return;
  const why = by.binned ? 'it is binned by span=' : by.ref.multivalue ? 'it is multivalue' : scan.fillnull !== undefined && by.ref.name !== '_time' ? 'fillnull_value fills it' : undefined;
  if (why !== undefined) {
    throw errorAt('unsupported', `unsupported: tstats prestats=true with ${f.fn.text}() reading the BY field ${word.text} (${why})`, f.span);
  }
}
