import type { TransactionCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { scalarText, valuesOf, type Row, type Table } from '../../values/value.js';
import { numberOf } from '../collate.js';
import type { EvalPort } from '../eval-port.js';
import { allFields } from '../field-glob.js';
import { evaluatePredicate } from '../predicate-eval.js';
import { groupEvents, type TransactionEvent } from '../transaction/group.js';
import { ADDED_FIELDS, renderTransaction } from '../transaction/render.js';
import { readTransactionSettings, type TransactionFilter, type TransactionSettings } from '../transaction/settings.js';

/**
 * transaction [fields] [options]: groups events into transactions, one result each.
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Transaction
 * - "The transaction command requires that the incoming events be in descending
 *   chronological order." Search returns events so; tstats and stats do not, so
 *   the results are taken newest first by _time (stable for equal times), as
 *   the events they summarise would reach transaction [decision: Splunk itself
 *   reads results in the order given, and shows wrong groups for ascending
 *   input in the doc's maxspan example]. Every result needs a _time.
 * - With a field list, results that have none of the fields belong to no
 *   transaction and are dropped (keeporphans=true is refused).
 * - Output: newest transaction first, by each transaction's _time (its earliest
 *   event) [INF: the doc example lists them so]; ties keep the order in which
 *   the transactions ended.
 * - Results carrying _raw are refused: merging raw text (delim=, mvraw=) is not
 *   implemented.
 */
export function applyTransaction(table: Table, cmd: TransactionCommand, port: EvalPort): Table {
  const s = readTransactionSettings(cmd);
  if (table.rows.some((r) => r.has('_raw'))) throw errorAt('unsupported', 'unsupported: transaction over results with _raw (merging raw text)', cmd.span);
  const matches = (filter: TransactionFilter | undefined, row: Row): boolean => {
    if (filter === undefined) return false;
    return filter.kind === 'eval' ? port.truth(filter.expr, row) : evaluatePredicate(filter.predicate, row);
  };
  const events = table.rows
    .map((row) => toEvent(row, s))
    .sort((a, b) => b.time - a.time)
    .filter((e) => !isOrphan(e, s, matches));
  const finished = groupEvents(events, s, { isStart: (r) => matches(s.startswith, r), isEnd: (r) => matches(s.endswith, r) });
  const kept = finished.filter((t) => !t.evicted || s.keepevicted);
  const timeOf = (t: (typeof kept)[number]): number => t.members[t.members.length - 1]?.time ?? 0;
  const ordered = kept.map((t, i) => ({ t, i })).sort((a, b) => timeOf(b.t) - timeOf(a.t) || a.i - b.i);
  const fieldOrder = allFields(table);
  const rows = ordered.map(({ t }) => renderTransaction(t, fieldOrder, s));
  const fields = [...fieldOrder.filter((f) => rows.some((r) => r.has(f))), ...ADDED_FIELDS.filter((f) => !fieldOrder.includes(f) && rows.some((r) => r.has(f)))];
  return { fields, rows };
}

function toEvent(row: Row, s: TransactionSettings): TransactionEvent {
  const times = valuesOf(row.get('_time'));
  const time = times.length === 1 && times[0] !== undefined ? numberOf(times[0]) : undefined;
  if (time === undefined) throw errorAt('unsupported', 'unsupported: transaction over results without a single numeric _time', s.span);
  const keys = new Map<string, string>();
  for (const field of s.fields) {
    const values = valuesOf(row.get(field));
    if (values.length > 1) throw errorAt('unsupported', `unsupported: transaction field ${field} with several values in one result`, s.span);
    if (values[0] !== undefined) keys.set(field, scalarText(values[0]));
  }
  return { row, time, keys };
}

/**
 * A result with none of the transaction fields joins no transaction. With
 * unifyends=false a startswith/endswith event would not need the fields
 * either; where such an event goes is not documented, so it is refused.
 */
function isOrphan(e: TransactionEvent, s: TransactionSettings, matches: (f: TransactionFilter | undefined, row: Row) => boolean): boolean {
  if (s.fields.length === 0 || e.keys.size > 0) return false;
  if (!s.unifyends && (matches(s.startswith, e.row) || matches(s.endswith, e.row))) {
    throw errorAt('unsupported', 'unsupported: transaction unifyends=false with a startswith/endswith event that has none of the transaction fields', s.span);
  }
  return true;
}
