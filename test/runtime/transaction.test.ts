import { describe, expect, it } from 'vitest';
import { applyTransaction } from '../../src/runtime/commands/transaction.js';
import type { Table } from '../../src/values/value.js';
import { command, expectRefused, fakePort, plain, table, type Plain } from './helpers.js';

const T0 = 1_721_146_140;

function run(spl: string, rows: readonly Plain[]): Table {
  return applyTransaction(table(rows), command(spl, 'transaction'), fakePort);
}

/** Each output row's values of one field. */
function column(t: Table, field: string): unknown[] {
  return plain(t).rows.map((r) => r[field]);
}

describe('transaction: grouping and output fields', () => {
  it('groups events by the field values and merges other fields into distinct values in byte order', () => {
    const out = run('transaction user', [
      { _time: T0 + 3, user: 'a', port: 9 },
      { _time: T0 + 2, user: 'b', port: 443 },
      { _time: T0 + 1, user: 'a', port: 10 },
      { _time: T0, user: 'a', port: 9 },
    ]);
    expect(plain(out).rows.map((r) => [r.user, r.port, r.eventcount])).toEqual([
      ['b', 443, 1],
      ['a', [10, 9], 3],
    ]);
  });

  it('takes _time and date_* from the earliest event and measures duration and eventcount', () => {
    const out = run('transaction user', [
      { _time: T0 + 90.5, user: 'a', date_hour: 11 },
      { _time: T0 + 30, user: 'a', date_hour: 10 },
      { _time: T0, user: 'a', date_hour: 9 },
    ]);
    expect(plain(out).rows).toEqual([
      { _time: T0, user: 'a', date_hour: 9, closed_txn: 0, duration: 90.5, eventcount: 3, field_match_sum: 3, linecount: 3 },
    ]);
    expect(out.fields).toEqual(['_time', 'user', 'date_hour', 'closed_txn', 'duration', 'eventcount', 'field_match_sum', 'linecount']);
  });

  it('reads events newest first whatever their input order, and lists the newest transaction first', () => {
    const rows = [
      { _time: T0, user: 'a' },
      { _time: T0 + 5, user: 'b' },
      { _time: T0 + 20, user: 'a' },
    ];
    const ascending = run('transaction user maxspan=10s', rows);
    expect(plain(ascending)).toEqual(plain(run('transaction user maxspan=10s', [...rows].reverse())));
    expect(column(ascending, '_time')).toEqual([T0 + 20, T0 + 5, T0]);
  });

  it('without a field list groups all events, limited only by the options', () => {
    const out = run('transaction maxpause=10s', [
      { _time: T0 + 25, user: 'a' },
      { _time: T0 + 20, user: 'b' },
      { _time: T0, user: 'c' },
    ]);
    expect(plain(out).rows.map((r) => [r.user, r.eventcount, r.field_match_sum])).toEqual([
      [['a', 'b'], 2, undefined],
      ['c', 1, undefined],
    ]);
  });

  it('drops events that have none of the transaction fields', () => {
    const out = run('transaction user', [{ _time: T0 + 1, user: 'a' }, { _time: T0, host: 'h' }]);
    expect(plain(out).rows.map((r) => [r.user, r.host, r.eventcount])).toEqual([['a', undefined, 1]]);
  });
});

describe('transaction: limits', () => {
  it('maxspan reproduces the doc example (events 10 s apart, maxspan=11s → pairs)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ _time: T0 + 10 * (i + 1), count: i + 1, user: 'nobody' }));
    const out = run('transaction user maxspan=11s', rows);
    expect(column(out, '_time')).toEqual([9, 7, 5, 3, 1].map((c) => T0 + 10 * c));
    expect(column(out, 'count')).toEqual([[10, 9], [7, 8], [5, 6], [3, 4], [1, 2]]);
    expect(column(out, 'closed_txn')).toEqual([1, 1, 1, 1, 0]);
    expect(new Set([...column(out, 'duration'), ...column(out, 'eventcount')])).toEqual(new Set([10, 2]));
  });

  it('maxspan needs the events to span less than it: a span equal to it splits', () => {
    const out = run('transaction user maxspan=4h', [{ _time: T0 + 4 * 3600, user: 'a' }, { _time: T0, user: 'a' }]);
    expect(column(out, 'eventcount')).toEqual([1, 1]);
    const joined = run('transaction user maxspan=240m', [{ _time: T0 + 4 * 3600 - 1, user: 'a' }, { _time: T0, user: 'a' }]);
    expect(column(joined, 'eventcount')).toEqual([2]);
  });

  it('maxpause splits at a gap longer than it and keeps a gap equal to it, however long the whole span', () => {
    const out = run('transaction user maxpause=5m', [
      { _time: T0 + 1200, user: 'a' },
      { _time: T0 + 900, user: 'a' },
      { _time: T0 + 600, user: 'a' },
      { _time: T0 + 300, user: 'a' },
      { _time: T0 - 1, user: 'a' },
    ]);
    expect(column(out, 'eventcount')).toEqual([4, 1]);
    expect(column(out, 'closed_txn')).toEqual([1, 0]);
  });

  it('maxevents caps the events of one transaction and closes it', () => {
    const rows = [1, 2, 3, 4, 5].map((i) => ({ _time: T0 + i, user: 'a' }));
    const out = run('transaction user maxevents=2', rows);
    expect(column(out, 'eventcount')).toEqual([2, 2, 1]);
    expect(column(out, '_time')).toEqual([T0 + 4, T0 + 2, T0 + 1]);
    expect(column(out, 'closed_txn')).toEqual([1, 1, 0]);
  });
});

describe('transaction: connected', () => {
  it('links events transitively through shared fields (doc: host a → host a cookie b → cookie b)', () => {
    const out = run('transaction host cookie', [
      { _time: T0 + 3, cookie: 'b' },
      { _time: T0 + 2, host: 'a', cookie: 'b' },
      { _time: T0 + 1, host: 'a' },
    ]);
    expect(plain(out).rows.map((r) => [r.host, r.cookie, r.eventcount, r.field_match_sum])).toEqual([['a', 'b', 3, 4]]);
  });

  it('an event whose fields the transaction has not seen opens a new one (connected=true) or joins (connected=false)', () => {
    const rows: Plain[] = [
      { _time: T0 + 2, cookie: 'b' },
      { _time: T0 + 1, host: 'c' },
    ];
    expect(column(run('transaction host cookie', rows), 'eventcount')).toEqual([1, 1]);
    const joined = run('transaction host cookie connected=false', rows);
    expect(plain(joined).rows.map((r) => [r.host, r.cookie, r.eventcount])).toEqual([['c', 'b', 2]]);
  });
});

describe('transaction: startswith and endswith', () => {
  const session = [
    { _time: T0 + 5, user: 'u', action: 'view' },
    { _time: T0 + 4, user: 'u', action: 'login' },
    { _time: T0 + 3, user: 'u', action: 'view' },
    { _time: T0 + 2, user: 'u', action: 'login' },
    { _time: T0 + 1, user: 'u', action: 'view' },
  ];

  it('startswith=eval(…) closes a transaction at its start event; one that never starts is evicted', () => {
    const out = run('transaction user startswith=eval(action="login")', session);
    expect(plain(out).rows.map((r) => [r._time, r.eventcount, r.closed_txn])).toEqual([
      [T0 + 4, 2, 1],
      [T0 + 2, 2, 1],
    ]);
    const kept = run('transaction user startswith=eval(action="login") keepevicted=true', session);
    expect(plain(kept).rows.map((r) => [r._time, r.eventcount, r.closed_txn])).toEqual([
      [T0 + 4, 2, 1],
      [T0 + 2, 2, 1],
      [T0 + 1, 1, 0],
    ]);
  });

  it('startswith=(search) groups as the eval form does, with search matching (case-insensitive values)', () => {
    const out = run('transaction user startswith=(action=LOGIN)', session);
    expect(plain(out)).toEqual(plain(run('transaction user startswith=eval(action="login")', session)));
  });

  it('endswith=(search) begins a transaction at each end event, reading backwards in time', () => {
    const out = run('transaction user endswith=(action=login)', session);
    expect(plain(out).rows.map((r) => [r._time, r.eventcount, r.closed_txn])).toEqual([
      [T0 + 5, 1, 0],
      [T0 + 3, 2, 0],
      [T0 + 1, 2, 0],
    ]);
  });

  it('endswith=eval(…) with startswith=eval(…) keeps the complete transactions only', () => {
    const rows = [
      { _time: T0 + 6, user: 'u', action: 'logout' },
      { _time: T0 + 5, user: 'u', action: 'view' },
      { _time: T0 + 4, user: 'u', action: 'login' },
      { _time: T0 + 3, user: 'u', action: 'logout' },
      { _time: T0 + 2, user: 'u', action: 'view' },
    ];
    const out = run('transaction user startswith=eval(action="login") endswith=eval(action="logout")', rows);
    expect(plain(out).rows.map((r) => [r._time, r.action, r.closed_txn])).toEqual([[T0 + 4, ['login', 'logout', 'view'], 1]]);
  });
});

describe('transaction: mvlist', () => {
  const rows = [
    { _time: T0 + 3, user: 'a', port: 443 },
    { _time: T0 + 2, user: 'a', port: 80 },
    { _time: T0 + 1, user: 'a', port: 443 },
  ];

  it('mvlist=true keeps every value in arrival order (newest first), the transaction fields included', () => {
    const row = plain(run('transaction user mvlist=true', rows)).rows[0];
    expect([row?.port, row?.user]).toEqual([[443, 80, 443], ['a', 'a', 'a']]);
  });

  it('mvlist=<fields> lists only those fields', () => {
    const row = plain(run('transaction user mvlist=port', rows)).rows[0];
    expect([row?.port, row?.user]).toEqual([[443, 80, 443], 'a']);
  });
});

describe('transaction: refusals', () => {
  /** The diagnostic of an unsupported feature: code, then the message (which itself starts "unsupported: "). */
  const refused = (spl: string, rows: readonly Plain[], message: string): void => expectRefused(() => run(spl, rows), `unsupported: unsupported: ${message}`);
  const one = [{ _time: T0, user: 'a' }];

  it.each([
    ['transaction user keeporphans=true', 'transaction keeporphans=true'],
    ['transaction user name=web', 'transaction option name='],
    ['transaction user maxopentxn=10', 'transaction option maxopentxn='],
    ['transaction user maxspan=1w', 'transaction maxspan=1w (expected a whole number with s, m, h or d)'],
    ['transaction user startswith="login"', 'transaction startswith="login" (a quoted or bare search string); write startswith=(field=value) or startswith=eval(…)'],
    ['transaction user connected=false unifyends=true', 'transaction unifyends=true with connected=false'],
  ])('refuses the option in %s', (spl, message) => {
    refused(spl, one, message);
  });

  it('refuses an event that links two open transactions (merging is undocumented)', () => {
    const linking: Plain[] = [
      { _time: T0 + 3, host: 'a' },
      { _time: T0 + 2, cookie: 'b' },
      { _time: T0 + 1, host: 'a', cookie: 'b' },
    ];
    refused('transaction host cookie', linking, 'transaction: an event links 2 open transactions (host=a cookie=b); merging them is not supported');
  });

  it('refuses results with _raw or without _time, and mvlist over a field some events lack', () => {
    refused('transaction user', [{ _time: T0, user: 'a', _raw: 'x' }], 'transaction over results with _raw (merging raw text)');
    refused('transaction user', [{ user: 'a' }], 'transaction over results without a single numeric _time');
    refused('transaction user mvlist=true', [{ _time: T0 + 1, user: 'a', port: 1 }, { _time: T0, user: 'a' }], 'transaction mvlist with field port missing from some events (nullstr rendering)');
  });
});
