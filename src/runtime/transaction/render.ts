import { errorAt } from '../../diagnostics/diagnostic.js';
import { compareBytes } from '../collate.js';
import { scalarText, valuesOf, type FieldValue, type Row, type Scalar } from '../../values/value.js';
import type { FinishedTransaction } from './group.js';
import type { TransactionSettings } from './settings.js';

/** Fields transaction adds to each result, in the order they are listed after the input fields. */
export const ADDED_FIELDS = ['closed_txn', 'duration', 'eventcount', 'field_match_sum', 'linecount'];

/**
 * One transaction as one result
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Transaction):
 * - `_time` and the date_* fields are the earliest member's ("the time and date
 *   fields of the earliest member"); every other field is the union of the members'.
 * - mvlist=false: the distinct values "ordered alphabetically", which the doc's
 *   own example shows as byte order ("1 10 2 3 …"). mvlist=true (or the listed
 *   fields): every value "in arrival order", that is newest event first, since
 *   transaction reads events in descending time. A member missing such a field
 *   would be rendered with nullstr=, which is refused [INF: the docs do not say
 *   whether the default NULL is text or nothing].
 * - duration: latest minus earliest _time, in seconds; eventcount: the members.
 * - closed_txn, field_match_sum and linecount as in the doc's example table
 *   [INF: field_match_sum counts the transaction fields each member has;
 *   linecount is one line per member, as for events without _raw].
 */
export function renderTransaction(txn: FinishedTransaction, fieldOrder: readonly string[], s: TransactionSettings): Row {
  const earliest = txn.members[txn.members.length - 1];
  if (earliest === undefined) throw new Error('internal error: empty transaction');
  const latest = txn.members[0] ?? earliest;
  const out: Row = new Map();
  for (const field of fieldOrder) {
    if (field === '_time' || field.startsWith('date_')) {
      const value = earliest.row.get(field);
      if (value !== undefined) out.set(field, value);
      continue;
    }
    const value = listed(field, s) ? listValues(txn, field, s) : distinctValues(txn, field);
    if (value !== undefined) out.set(field, value);
  }
  out.set('closed_txn', txn.closed ? 1 : 0);
  out.set('duration', Math.round((latest.time - earliest.time) * 1e6) / 1e6);
  out.set('eventcount', txn.members.length);
  if (s.fields.length > 0) out.set('field_match_sum', txn.members.reduce((n, m) => n + m.keys.size, 0));
  out.set('linecount', txn.members.length);
  return out;
}

function listed(field: string, s: TransactionSettings): boolean {
  return typeof s.mvlist === 'boolean' ? s.mvlist : s.mvlist.has(field);
}

function listValues(txn: FinishedTransaction, field: string, s: TransactionSettings): FieldValue | undefined {
  if (txn.members.every((m) => !m.row.has(field))) return undefined;
  const values: Scalar[] = [];
  for (const m of txn.members) {
    const value = m.row.get(field);
    if (value === undefined) {
      throw errorAt('unsupported', `unsupported: transaction mvlist with field ${field} missing from some events (nullstr rendering)`, s.span);
    }
    values.push(...valuesOf(value));
  }
  return single(values);
}

function distinctValues(txn: FinishedTransaction, field: string): FieldValue | undefined {
  const byText = new Map<string, Scalar>();
  for (const m of txn.members) {
    for (const v of valuesOf(m.row.get(field))) if (!byText.has(scalarText(v))) byText.set(scalarText(v), v);
  }
  const values = [...byText.entries()].sort(([a], [b]) => compareBytes(a, b)).map(([, v]) => v);
  return single(values);
}

function single(values: readonly Scalar[]): FieldValue | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}
