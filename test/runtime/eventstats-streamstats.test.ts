import { describe, expect, it } from 'vitest';
import { applyStats } from '../../src/runtime/commands/stats.js';
import { command, expectRefused, fakePort, plain, table, type Plain } from './helpers.js';

const rows: Plain[] = [{ h: 'a', v: 1 }, { h: 'b', v: 2 }, { h: 'a', v: 3 }, { h: 'a', v: 4 }, { v: 5 }, { h: 'b', v: 6 }];

function run(spl: string, input: readonly Plain[] = rows) {
  const kind = spl.startsWith('eventstats') ? 'eventstats' : 'streamstats';
  return plain(applyStats(table(input), command(spl, kind), fakePort));
}

/** One output field per row, undefined where the row lacks it. */
function column(spl: string, field: string, input?: readonly Plain[]): unknown[] {
  return run(spl, input).rows.map((r) => r[field]);
}

describe('eventstats', () => {
  it('adds each group’s statistics to every result of the group, in the original order', () => {
    expect(run('eventstats sum(v) as total, count by h')).toEqual({
      fields: ['h', 'v', 'total', 'count'],
      rows: [
        { h: 'a', v: 1, total: 8, count: 3 },
        { h: 'b', v: 2, total: 8, count: 2 },
        { h: 'a', v: 3, total: 8, count: 3 },
        { h: 'a', v: 4, total: 8, count: 3 },
        { v: 5 },
        { h: 'b', v: 6, total: 8, count: 2 },
      ],
    });
  });

  it('without BY adds the whole-table statistics to every result', () => {
    expect(column('eventstats max(v) as m', 'm')).toEqual([6, 6, 6, 6, 6, 6]);
  });

  it('removes a field of the same name where the function has no value', () => {
    expect(column('eventstats max(w) as v', 'v', [{ v: 1 }, { v: 2, w: 9 }])).toEqual([9, 9]);
    expect(column('eventstats max(w) as v by h', 'v', [{ h: 'a', v: 1 }, { h: 'b', v: 2, w: 9 }])).toEqual([undefined, 9]);
  });

  it('refuses a multivalue BY field and allnum=true', () => {
    expectRefused(() => run('eventstats count by h', [{ h: ['a', 'b'] }]), 'unsupported: unsupported: eventstats BY a multivalue field (h)');
    expectRefused(() => run('eventstats allnum=t count'), 'unsupported: unsupported: eventstats allnum=true');
  });
});

describe('streamstats', () => {
  it('keeps a running count, per BY group; results missing a BY field are passed through', () => {
    expect(column('streamstats count', 'count')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(run('streamstats count by h').rows).toEqual([
      { h: 'a', v: 1, count: 1 },
      { h: 'b', v: 2, count: 1 },
      { h: 'a', v: 3, count: 2 },
      { h: 'a', v: 4, count: 3 },
      { v: 5 },
      { h: 'b', v: 6, count: 2 },
    ]);
  });

  it('current=false uses only earlier results', () => {
    expect(column('streamstats current=f count', 'count')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(column('streamstats current=false sum(v) as s by h', 's')).toEqual([undefined, undefined, 1, 4, undefined, 2]);
  });

  it('window=N uses the last N results of the stream, global by default', () => {
    expect(column('streamstats window=2 sum(v) as s', 's')).toEqual([1, 3, 5, 7, 9, 11]);
    expect(column('streamstats window=2 sum(v) as s by h', 's')).toEqual([1, 2, 3, 7, undefined, 6]);
    expect(column('streamstats window=2 current=f sum(v) as s', 's')).toEqual([undefined, 1, 3, 5, 7, 9]);
  });

  it('global=false gives each group its own window', () => {
    expect(column('streamstats window=2 global=false sum(v) as s by h', 's')).toEqual([1, 2, 4, 7, undefined, 8]);
  });

  it('reset_on_change=true starts over when the BY values change', () => {
    expect(column('streamstats reset_on_change=true count by h', 'count')).toEqual([1, 1, 1, 2, undefined, 1]);
  });

  it('runs the other functions too: values, dc, avg', () => {
    const out = run('streamstats values(h) as hs, dc(h) as n, avg(v) as a');
    expect(out.rows.map((r) => [r.hs, r.n, r.a])).toEqual([
      ['a', 1, 1],
      [['a', 'b'], 2, 1.5],
      [['a', 'b'], 2, 2],
      [['a', 'b'], 2, 2.5],
      [['a', 'b'], 2, 3],
      [['a', 'b'], 2, 3.5],
    ]);
  });

  it('refuses options it does not implement and windows above max_stream_window', () => {
    expectRefused(() => run('streamstats time_window=1h count'), 'unsupported: unsupported: streamstats option time_window=');
    expectRefused(() => run('streamstats reset_after="(v>2)" count'), 'unsupported: unsupported: streamstats option reset_after=');
    expectRefused(() => run('streamstats window=10001 count'), 'invalid-argument: streamstats: window=10001 is larger than max_stream_window (10000)');
    expectRefused(() => run('streamstats count by h', [{ h: ['a', 'b'] }]), 'unsupported: unsupported: streamstats BY a multivalue field (h)');
  });
});
