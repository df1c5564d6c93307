import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Row } from '../../values/value.js';
import type { TransactionSettings } from './settings.js';

/** An input event: its row, its _time, and the transaction fields it has. */
export interface TransactionEvent {
  readonly row: Row;
  readonly time: number;
  readonly keys: ReadonlyMap<string, string>;
}

/** A finished transaction; members in arrival order (newest first). */
export interface FinishedTransaction {
  readonly members: readonly TransactionEvent[];
  /** closed_txn: ended by its start event or by a maxspan/maxpause/maxevents limit. */
  readonly closed: boolean;
  /** With startswith=, a transaction that never reached its start event. */
  readonly evicted: boolean;
}

interface OpenTransaction {
  readonly members: TransactionEvent[];
  readonly values: Map<string, string>;
  readonly newest: number;
  oldest: number;
  started: boolean;
}

export interface EventTests {
  readonly isStart: (row: Row) => boolean;
  readonly isEnd: (row: Row) => boolean;
}

/**
 * Groups events, newest first, as Splunk's transaction sees them
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Transaction):
 * - An event joins the open transaction whose field values it shares and does
 *   not contradict. One that shares none, having only fields the transaction
 *   has not seen yet, opens a new transaction (connected=true) or joins it
 *   (connected=false).
 * - Reading backwards in time, an endswith= event begins a transaction and a
 *   startswith= event closes it ("it closes a transaction when it satisfies
 *   the start condition", keepevicted).
 * - maxspan: the events must span less than it; maxpause: no gap between
 *   consecutive events longer than it [INF: a gap equal to it is allowed];
 *   maxevents: at most that many events. A transaction that can no longer take
 *   an event (the next one is too far back) is closed then [INF].
 * - Transactions still open at the end are output with closed_txn=0 (doc
 *   example "Sort order when using maxspan and maxpause"). With startswith=, one
 *   that never met its start event is evicted: dropped unless keepevicted=true
 *   [INF: from the documented use of keepevicted with startswith to find
 *   transactions missing their start].
 * Cases the docs leave open are refused: an event that links several open
 *   transactions (merging them), or that could join several unrelated ones.
 */
export function groupEvents(events: readonly TransactionEvent[], s: TransactionSettings, tests: EventTests): FinishedTransaction[] {
  const open: OpenTransaction[] = [];
  const done: FinishedTransaction[] = [];
  const finish = (t: OpenTransaction, byLimit: boolean): void => {
    open.splice(open.indexOf(t), 1);
    const evicted = s.startswith !== undefined && !t.started;
    done.push({ members: t.members, closed: !evicted && (byLimit || t.started), evicted });
  };
  for (const e of events) {
    for (const t of [...open]) if (outOfReach(t, e.time, s)) finish(t, true);
    const isStart = s.startswith !== undefined && tests.isStart(e.row);
    const isEnd = s.endswith !== undefined && tests.isEnd(e.row);
    let target = pickTransaction(open, e, s);
    if (isEnd && target !== undefined) {
      if (target.consistent) finish(target.txn, false);
      target = undefined;
    }
    const t = target === undefined ? openWith(e, open) : join(target.txn, e);
    if (isStart) {
      t.started = true;
      finish(t, false);
    } else if (s.maxevents !== undefined && t.members.length >= s.maxevents) {
      finish(t, true);
    }
  }
  for (const t of [...open]) finish(t, false);
  return done;
}

function outOfReach(t: OpenTransaction, time: number, s: TransactionSettings): boolean {
  if (s.maxspan !== undefined && t.newest - time >= s.maxspan) return true;
  return s.maxpause !== undefined && t.oldest - time > s.maxpause;
}

function openWith(e: TransactionEvent, open: OpenTransaction[]): OpenTransaction {
  const t: OpenTransaction = { members: [e], values: new Map(e.keys), newest: e.time, oldest: e.time, started: false };
  open.push(t);
  return t;
}

function join(t: OpenTransaction, e: TransactionEvent): OpenTransaction {
  t.members.push(e);
  for (const [field, value] of e.keys) t.values.set(field, value);
  t.oldest = e.time;
  return t;
}

/** The open transaction the event belongs to, if any; `consistent` when it shares a field value. */
function pickTransaction(open: readonly OpenTransaction[], e: TransactionEvent, s: TransactionSettings): { txn: OpenTransaction; consistent: boolean } | undefined {
  const compatible = open.filter((t) => [...e.keys].every(([f, v]) => !t.values.has(f) || t.values.get(f) === v));
  const sharing = compatible.filter((t) => s.fields.length === 0 || [...e.keys].some(([f, v]) => t.values.get(f) === v));
  if (sharing.length > 1) {
    throw errorAt('unsupported', `unsupported: transaction: an event links ${sharing.length} open transactions (${describe(e)}); merging them is not supported`, s.span);
  }
  const [shared] = sharing;
  if (shared !== undefined) return { txn: shared, consistent: true };
  if (s.connected) return undefined;
  if (compatible.length > 1) {
    throw errorAt('unsupported', `unsupported: transaction connected=false: an event (${describe(e)}) could join ${compatible.length} open transactions`, s.span);
  }
  const [unrelated] = compatible;
  return unrelated === undefined ? undefined : { txn: unrelated, consistent: false };
}

function describe(e: TransactionEvent): string {
  return [...e.keys].map(([f, v]) => `${f}=${v}`).join(' ');
}
