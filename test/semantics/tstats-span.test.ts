import { describe, expect, it } from 'vitest';
import { rowsOf, runSpl } from '../support/run-spl.js';

const EVENTS = [
  { _time: '2024-03-10T06:59:59Z', src_ip: '10.0.0.1' },
  { _time: '2024-03-10T07:00:00Z', src_ip: '10.0.0.1' },
  { _time: '2024-03-10T07:30:00Z', src_ip: '10.0.0.2' },
  { _time: '2024-03-11T01:00:00Z', src_ip: '10.0.0.1' },
];

describe('tstats by _time span= (time bins in SQL)', () => {
  it('puts _time into hour bins aligned on the clock', async () => {
    const table = await runSpl('| tstats count from datamodel=Network_Traffic by _time span=1h', EVENTS);
    expect(table.fields).toEqual(['_time', 'count']);
    expect(rowsOf(table)).toEqual([
      { _time: String(Date.UTC(2024, 2, 10, 6) / 1000), count: '1' },
      { _time: String(Date.UTC(2024, 2, 10, 7) / 1000), count: '2' },
      { _time: String(Date.UTC(2024, 2, 11, 1) / 1000), count: '1' },
    ]);
  });

  it('aligns day bins on local midnight in the search time zone', async () => {
    const late = [...EVENTS, { _time: '2024-03-10T04:00:00Z', src_ip: '10.0.0.3' }];
    const table = await runSpl('| tstats count from datamodel=Network_Traffic by _time span=1d', late, { tz: 'America/New_York' });
    // 04:00Z is 23:00 on 9 March in New York (UTC-5); every other event falls on 10 March local
    // time, including 01:00Z on the 11th (21:00 EDT, after the DST change at 07:00Z).
    expect(rowsOf(table)).toEqual([
      { _time: String(Date.UTC(2024, 2, 9, 5) / 1000), count: '1' },
      { _time: String(Date.UTC(2024, 2, 10, 5) / 1000), count: '4' },
    ]);
  });
});
