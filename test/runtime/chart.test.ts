import { describe, expect, it } from 'vitest';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { applyChart } from '../../src/runtime/commands/chart.js';
import { command, fakePort, plain, table, type Plain } from './helpers.js';

function chart(spl: string, rows: readonly Plain[]) {
  return plain(applyChart(table(rows), command(spl, 'chart'), fakePort));
}

/** The refusal as `code: message @ text pointed at`. */
function refusedAt(spl: string): string {
  const text = `| ${spl}`;
  try {
    applyChart(table([{ a: 1, b: 2 }]), command(spl, 'chart'), fakePort);
  } catch (e) {
    if (!(e instanceof SpliceError) || e.diagnostic.location.kind !== 'source') throw e;
    const { start, end } = e.diagnostic.location.span;
    return `${e.diagnostic.code}: ${e.diagnostic.message} @ ${text.slice(start, end)}`;
  }
  throw new Error('expected a refusal');
}

const traffic: Plain[] = [
  { host: 'web2', status: '200', ms: 10 },
  { host: 'web10', status: '200', ms: 30 },
  { host: 'web10', status: '404', ms: 50 },
  { host: 'web2', status: '200', ms: 20 },
  { status: '500', ms: 1 },
];

describe('chart rows', () => {
  it('without a split gives one row, as stats does (count 0 over no results)', () => {
    expect(chart('chart count avg(ms)', traffic)).toEqual({ fields: ['count', 'avg(ms)'], rows: [{ count: 5, 'avg(ms)': 22.2 }] });
    expect(chart('chart count', [])).toEqual({ fields: ['count'], rows: [{ count: 0 }] });
  });

  it('by one field gives one row per value in byte order, the field first; results without it are dropped', () => {
    expect(chart('chart count by host', traffic)).toEqual({
      fields: ['host', 'count'],
      rows: [{ host: 'web10', count: 2 }, { host: 'web2', count: 2 }],
    });
    expect(chart('chart count over host', traffic)).toEqual(chart('chart count by host', traffic));
  });
});

describe('chart over X by Y', () => {
  it('makes one column per Y value (of the results that have X); a missing combination is 0 for count, no value for other functions', () => {
    expect(chart('chart count over host by status', traffic)).toEqual({
      fields: ['host', '200', '404'],
      rows: [{ host: 'web10', '200': 1, '404': 1 }, { host: 'web2', '200': 2, '404': 0 }],
    });
    expect(chart('chart avg(ms) over host by status', traffic).rows).toEqual([{ host: 'web10', '200': 30, '404': 50 }, { host: 'web2', '200': 15 }]);
  });

  it('reads "by X Y" as "over X by Y"', () => {
    expect(chart('chart count by host status', traffic)).toEqual(chart('chart count over host by status', traffic));
  });

  it('names columns "<function>: <value>" with several functions', () => {
    expect(chart('chart count max(ms) as slowest over host by status', traffic).fields).toEqual([
      'host', 'count: 200', 'count: 404', 'slowest: 200', 'slowest: 404',
    ]);
  });

  it('limits the column split like timechart: top N by sum, rest in OTHER', () => {
    expect(chart('chart limit=1 count over host by status', traffic)).toEqual({
      fields: ['host', '200', 'OTHER'],
      rows: [{ host: 'web10', '200': 1, OTHER: 1 }, { host: 'web2', '200': 2, OTHER: 0 }],
    });
  });

  it('puts results without Y in the NULL column (usenull=f drops them)', () => {
    const rows: Plain[] = [{ host: 'a', status: '200' }, { host: 'a' }];
    expect(chart('chart count over host by status', rows).rows).toEqual([{ host: 'a', '200': 1, NULL: 1 }]);
    expect(chart('chart count over host by status usenull=f', rows).rows).toEqual([{ host: 'a', '200': 1 }]);
  });
});

describe('chart refusals', () => {
  it('takes at most a row and a column split', () => {
    const message = 'invalid-argument: chart takes a row split and at most one column split (over X by Y, or by X Y)';
    expect(refusedAt('chart count by a b c')).toBe(`${message} @ c`);
    expect(refusedAt('chart count over a by b c')).toBe(`${message} @ c`);
  });

  it('refuses bin options and agg=', () => {
    expect(refusedAt('chart bins=10 count over a by b')).toBe('unsupported: unsupported: chart option bins= @ bins=10');
    expect(refusedAt('chart agg=count count by a')).toBe('unsupported: unsupported: chart option agg= @ agg=count');
  });
});
