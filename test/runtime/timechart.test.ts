import { describe, expect, it } from 'vitest';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { applyTimechart } from '../../src/runtime/commands/timechart.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import { command, fakePort, plain, table, type Plain } from './helpers.js';

const utc = resolveTimeZone('UTC');
const T0 = 1_704_067_200; // 2024-01-01T00:00:00Z
const H = 3600;

function timechart(spl: string, rows: readonly Plain[], zone = utc) {
  return plain(applyTimechart(table(rows), command(spl, 'timechart'), fakePort, zone));
}

/** The refusal as `code: message @ text pointed at`. */
function refusedAt(spl: string, rows: readonly Plain[] = [{ _time: T0 }]): string {
  const text = `| ${spl}`;
  try {
    applyTimechart(table(rows), command(spl, 'timechart'), fakePort, utc);
  } catch (e) {
    if (!(e instanceof SpliceError) || e.diagnostic.location.kind !== 'source') throw e;
    const { start, end } = e.diagnostic.location.span;
    return `${e.diagnostic.code}: ${e.diagnostic.message} @ ${text.slice(start, end)}`;
  }
  throw new Error('expected a refusal');
}

describe('timechart buckets', () => {
  it('gives one row per span bucket in time order, _time (the bucket start) first', () => {
    const rows: Plain[] = [{ _time: T0 + 400 }, { _time: T0 + 10 }, { _time: T0 + 310 }, { x: 1 }];
    expect(timechart('timechart span=5m count', rows)).toEqual({
      fields: ['_time', 'count'],
      rows: [{ _time: T0, count: 1 }, { _time: T0 + 300, count: 2 }],
    });
  });

  it('aligns day buckets on local midnight of the time zone', () => {
    const ny = resolveTimeZone('America/New_York');
    const rows = [{ _time: T0 + 4 * H }, { _time: T0 + 6 * H }];
    expect(timechart('timechart span=1d count', rows, ny).rows).toEqual([
      { _time: T0 + 5 * H - 86_400, count: 1 },
      { _time: T0 + 5 * H, count: 1 },
    ]);
  });

  it('fills the empty buckets between the first and the last (cont=true): count and dc 0, other functions no value', () => {
    const rows = [{ _time: T0, x: 4 }, { _time: T0 + 15 * 60, x: 6 }];
    expect(timechart('timechart span=5m count dc(x) avg(x)', rows).rows).toEqual([
      { _time: T0, count: 1, 'dc(x)': 1, 'avg(x)': 4 },
      { _time: T0 + 300, count: 0, 'dc(x)': 0 },
      { _time: T0 + 600, count: 0, 'dc(x)': 0 },
      { _time: T0 + 900, count: 1, 'dc(x)': 1, 'avg(x)': 6 },
    ]);
  });

  it('shows only the buckets that hold data with cont=false', () => {
    const rows = [{ _time: T0 }, { _time: T0 + 15 * 60 }];
    expect(timechart('timechart span=5m cont=false count', rows).rows.map((r) => r._time)).toEqual([T0, T0 + 900]);
  });

  it('gives no rows over no results', () => {
    expect(timechart('timechart span=1h count', [])).toEqual({ fields: ['_time', 'count'], rows: [] });
  });
});

describe('timechart split by a field', () => {
  it('makes one column per value, in byte order, named by the value; a value absent from a bucket counts 0', () => {
    const rows = [{ _time: T0, h: 'b' }, { _time: T0, h: 'a' }, { _time: T0 + H, h: 'a' }, { _time: T0 + H, h: ['b', 'B'] }];
    expect(timechart('timechart span=1h count by h', rows)).toEqual({
      fields: ['_time', 'B', 'a', 'b'],
      rows: [{ _time: T0, B: 0, a: 1, b: 1 }, { _time: T0 + H, B: 1, a: 1, b: 1 }],
    });
  });

  it('names columns "<function>: <value>" with several functions, grouped by function; sep= and format= change the name', () => {
    const rows = [{ _time: T0, h: 'a', x: 2 }, { _time: T0, h: 'b', x: 4 }];
    expect(timechart('timechart span=1h count as n avg(x) by h', rows).fields).toEqual(['_time', 'n: a', 'n: b', 'avg(x): a', 'avg(x): b']);
    expect(timechart('timechart span=1h sep="-" count max(x) by h', rows).fields).toEqual(['_time', 'count-a', 'count-b', 'max(x)-a', 'max(x)-b']);
    expect(timechart('timechart span=1h format="$VAL$/$AGG$" count max(x) by h', rows).fields).toEqual(['_time', 'a/count', 'b/count', 'a/max(x)', 'b/max(x)']);
  });

  it('puts results without the split field in a NULL series (nullstr= renames it, usenull=false drops them)', () => {
    const rows: Plain[] = [{ _time: T0, h: 'a' }, { _time: T0 }, { _time: T0 + H }];
    expect(timechart('timechart span=1h count by h', rows).rows).toEqual([{ _time: T0, NULL: 1, a: 1 }, { _time: T0 + H, NULL: 1, a: 0 }]);
    expect(timechart('timechart span=1h count by h nullstr=none', rows).fields).toEqual(['_time', 'a', 'none']);
    expect(timechart('timechart span=1h count by h usenull=f', rows).rows).toEqual([{ _time: T0, a: 1 }]);
  });
});

describe('timechart limit and OTHER', () => {
  const many = Array.from({ length: 12 }, (_, i) => ({ _time: T0, h: `v${String(i).padStart(2, '0')}` }));

  it('keeps 10 series by default and puts the rest in OTHER; limit=0 keeps all', () => {
    expect(timechart('timechart span=1h count by h', many).fields).toEqual(['_time', ...many.slice(0, 10).map((r) => r.h), 'OTHER']);
    expect(timechart('timechart span=1h count by h', many).rows[0]?.OTHER).toBe(2);
    expect(timechart('timechart span=1h limit=0 count by h', many).fields).toHaveLength(13);
  });

  it('ranks series by the sum of the one function\'s values, or by frequency with several functions', () => {
    const rows = [
      { _time: T0, h: 'a', x: 5 }, { _time: T0 + H, h: 'a', x: 5 },
      { _time: T0, h: 'b', x: 8 }, { _time: T0, h: 'b', x: 1 }, { _time: T0, h: 'b', x: 1 },
    ];
    expect(timechart('timechart span=1h limit=1 useother=f max(x) by h', rows).fields).toEqual(['_time', 'a']);
    expect(timechart('timechart span=1h limit=1 useother=f max(x) count by h', rows).fields).toEqual(['_time', 'max(x): b', 'count: b']);
  });

  it('breaks ties by byte order and keeps the lowest with limit=bottomN', () => {
    const rows = [{ _time: T0, h: 'b' }, { _time: T0, h: 'B' }, { _time: T0, h: 'c' }, { _time: T0, h: 'c' }];
    expect(timechart('timechart span=1h limit=2 count by h', rows).fields).toEqual(['_time', 'B', 'c', 'OTHER']);
    expect(timechart('timechart span=1h limit=bottom1 count by h', rows).fields).toEqual(['_time', 'B', 'OTHER']);
  });

  it('aggregates the OTHER series over the events it groups (avg of events, not a sum of averages)', () => {
    const rows = [{ _time: T0, h: 'a', x: 10 }, { _time: T0, h: 'a', x: 10 }, { _time: T0, h: 'b', x: 1 }, { _time: T0, h: 'c', x: 4 }];
    expect(timechart('timechart span=1h limit=1 avg(x) by h', rows).rows).toEqual([{ _time: T0, a: 10, OTHER: 2.5 }]);
  });

  it('names OTHER with otherstr= and leaves it out with useother=false', () => {
    const rows = [{ _time: T0, h: 'a' }, { _time: T0, h: 'a' }, { _time: T0, h: 'b' }];
    expect(timechart('timechart span=1h limit=1 otherstr=rest count by h', rows).rows).toEqual([{ _time: T0, a: 2, rest: 1 }]);
    expect(timechart('timechart span=1h limit=1 useother=false count by h', rows).rows).toEqual([{ _time: T0, a: 2 }]);
  });
});

describe('timechart refusals', () => {
  it('needs span= (Splunk picks it from the time range), even with bins=', () => {
    const message = "unsupported: unsupported: timechart without span= (Splunk picks the span from the search's time range) @ timechart";
    expect(refusedAt('timechart count')).toBe(message);
    expect(refusedAt('timechart bins=10 count')).toBe(message);
  });

  it('refuses partial=false, where clauses, a second split field, over and bin options it lacks', () => {
    expect(refusedAt('timechart span=1h partial=false count')).toBe("unsupported: unsupported: timechart partial=false (partial buckets depend on the search's time range) @ partial=false");
    expect(refusedAt('timechart span=1h count by h where count in top5')).toBe('unsupported: unsupported: timechart where clause @ where');
    expect(refusedAt('timechart span=1h count by h g')).toBe('invalid-argument: timechart splits by one field only @ g');
    expect(refusedAt('timechart span=1h count over h')).toBe('invalid-argument: timechart has no over clause (the rows are always _time); split with by @ h');
    expect(refusedAt('timechart span=1h minspan=5m count')).toBe('unsupported: unsupported: timechart option minspan= @ minspan=5m');
  });
});
