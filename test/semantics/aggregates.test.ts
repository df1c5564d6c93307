import { describe, expect, it } from 'vitest';
import { rowsOf, runSpl, type TestEvent } from '../support/run-spl.js';

/** spl-semantics.md §2.2 (functions) and §2.3 (values). One group: all events share action=allowed. */
async function aggregate(aggregates: string, events: readonly TestEvent[]): Promise<Record<string, string | string[]>> {
  const table = await runSpl(`| tstats ${aggregates} from datamodel=Network_Traffic by All_Traffic.action`, events.map((e) => ({ action: 'allowed', ...e })));
  const rows = rowsOf(table);
  expect(rows).toHaveLength(1);
  return rows[0] ?? {};
}

describe('§2.2 count', () => {
  it('count is the number of events; count(f) the number that have f', async () => {
    const row = await aggregate('count count(All_Traffic.app) as with_app', [{ app: 'smb' }, { app: 'smb' }, {}, { app: 'http' }]);
    expect(row).toMatchObject({ count: '4', with_app: '3' });
  });
});

describe('§2.3 values', () => {
  it('distinct ports in byte order: 44 < 443 < 4450 < 80 (not numeric order)', async () => {
    const row = await aggregate('values(All_Traffic.dest_port) as ports', [80, 443, 44, 4450, 443].map((p) => ({ dest_port: p })));
    expect(row.ports).toEqual(['44', '443', '4450', '80']);
  });

  it('case-sensitive distinct values, upper case before lower case', async () => {
    const row = await aggregate('values(All_Traffic.app) as apps', ['smb', 'http', 'SMB', 'Smb', 'smb'].map((app) => ({ app })));
    expect(row.apps).toEqual(['SMB', 'Smb', 'http', 'smb']);
  });

  it('one distinct value is a plain value, not a one-element list', async () => {
    const row = await aggregate('values(All_Traffic.app) as apps', [{ app: 'smb' }, { app: 'smb' }, {}]);
    expect(row.apps).toBe('smb');
  });

  it('no value at all leaves the field absent from the row (it is still a column)', async () => {
    const table = await runSpl('| tstats values(All_Traffic.app) as apps count from datamodel=Network_Traffic by All_Traffic.action', [{ action: 'allowed' }]);
    expect(table.fields).toEqual(['All_Traffic.action', 'apps', 'count']);
    expect(rowsOf(table)).toEqual([{ 'All_Traffic.action': 'allowed', count: '1' }]);
  });
});

describe('§2.2 earliest / latest', () => {
  // Inserted out of time order; alphabetical order differs from time order too.
  const events: TestEvent[] = [
    { _time: 300, app: 'mid' },
    { _time: 500, app: 'alpha' },
    { _time: 100 },
    { _time: 200, app: 'zulu' },
    { _time: 400 },
  ];

  it('earliest(_time) and latest(_time) are the oldest and newest times', async () => {
    const row = await aggregate('earliest(_time) as first latest(_time) as last', events);
    expect(row).toMatchObject({ first: '100', last: '500' });
  });

  it('earliest(f)/latest(f) are the values at the oldest/newest time that has f', async () => {
    const row = await aggregate('earliest(All_Traffic.app) as first latest(All_Traffic.app) as last', events);
    expect(row).toMatchObject({ first: 'zulu', last: 'alpha' });
  });
});

describe('§2.2 min / max', () => {
  it('numbers compare numerically: min 9, max 100 (not "10" and "9")', async () => {
    const row = await aggregate('min(All_Traffic.dest_port) as lo max(All_Traffic.dest_port) as hi', [10, 9, 100].map((p) => ({ dest_port: p })));
    expect(row).toMatchObject({ lo: '9', hi: '100' });
  });

  it('text compares lexicographically (byte order: "C" < "a" < "b")', async () => {
    const row = await aggregate('min(All_Traffic.app) as lo max(All_Traffic.app) as hi', ['b', 'a', 'C'].map((app) => ({ app })));
    expect(row).toMatchObject({ lo: 'C', hi: 'b' });
  });
});

describe('§2.2 dc, sum, avg', () => {
  it('dc counts distinct values as strings, ignoring missing ones', async () => {
    const row = await aggregate('dc(All_Traffic.app) as n', [{ app: 'smb' }, { app: 'SMB' }, { app: 'smb' }, { app: 'http' }, {}]);
    expect(row.n).toBe('3');
  });

  it('sum and avg use the numeric values only', async () => {
    // duration keeps its text; "abc" and the missing one are ignored, so avg is 3.5/2, not 3.5/3 or 3.5/4.
    const row = await aggregate('sum(All_Traffic.duration) as total avg(All_Traffic.duration) as mean', [{ duration: '1.5' }, { duration: 2 }, { duration: 'abc' }, {}]);
    expect(row).toMatchObject({ total: '3.5', mean: '1.75' });
  });
});
