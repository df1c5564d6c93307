import { describe, expect, it } from 'vitest';
import { rowsOf, runSpl, type TestEvent } from '../support/run-spl.js';

/** spl-semantics.md §4 (convert ctime), §4.2 (time zone), §4.3 (edge cases). */
const events: TestEvent[] = [
  { flow_id: 'a', _time: 1602633600, app: 'smb' }, // 2020-10-14T00:00:00Z
  { flow_id: 'b', _time: 1602720000.9 }, // 2020-10-15T00:00:00.9Z
];
const BASE =
  '| tstats earliest(_time) as t values(All_Traffic.app) as app count from datamodel=Network_Traffic by All_Traffic.flow_id | rename All_Traffic.* as *';

describe('§4 convert ctime', () => {
  it('the default format is %m/%d/%Y %H:%M:%S; the field is replaced in place', async () => {
    const table = await runSpl(`${BASE} | convert ctime(t)`, events);
    expect(table.fields).toEqual(['flow_id', 't', 'app', 'count']);
    expect(rowsOf(table).map((r) => r.t)).toEqual(['10/14/2020 00:00:00', '10/15/2020 00:00:00']);
  });

  it('timeformat= sets the format (the ESCU security_content_ctime form); subseconds are truncated, not rounded', async () => {
    const table = await runSpl(`${BASE} | convert timeformat="%Y-%m-%dT%H:%M:%S" ctime(t)`, events);
    expect(rowsOf(table).map((r) => r.t)).toEqual(['2020-10-14T00:00:00', '2020-10-15T00:00:00']);
  });

  it('AS writes a new field at the end and keeps the original', async () => {
    const table = await runSpl(`${BASE} | convert timeformat="%H:%M" ctime(t) as clock`, events);
    expect(table.fields).toEqual(['flow_id', 't', 'app', 'count', 'clock']);
    expect(rowsOf(table)[0]).toMatchObject({ t: '1602633600', clock: '00:00' });
  });

  it('renders in the time zone of opts.tz', async () => {
    const table = await runSpl(`${BASE} | convert ctime(t)`, events, { tz: 'America/New_York' });
    expect(rowsOf(table).map((r) => r.t)).toEqual(['10/13/2020 20:00:00', '10/14/2020 20:00:00']);
  });

  it('a non-numeric value is left unchanged', async () => {
    const table = await runSpl(`${BASE} | convert ctime(app) ctime(flow_id)`, events);
    expect(rowsOf(table)[0]).toMatchObject({ app: 'smb', flow_id: 'a', t: '1602633600' });
  });

  it('a missing field creates nothing, with or without AS', async () => {
    const table = await runSpl(`${BASE} | convert ctime(nosuch) ctime(nosuch) as made`, events);
    expect(table.fields).toEqual(['flow_id', 't', 'app', 'count']);
    expect(rowsOf(table).every((r) => !('nosuch' in r) && !('made' in r))).toBe(true);
  });

  it('a field missing in some rows is converted where present and not created elsewhere', async () => {
    const table = await runSpl(`| tstats values(All_Traffic.duration) as d from datamodel=Network_Traffic by All_Traffic.flow_id | convert timeformat="%Y" ctime(d) as year`, [
      { flow_id: 'a', duration: 1602633600 },
      { flow_id: 'b' },
    ]);
    expect(table.fields).toEqual(['All_Traffic.flow_id', 'd', 'year']);
    expect(rowsOf(table)).toEqual([
      { 'All_Traffic.flow_id': 'a', d: '1602633600', year: '2020' },
      { 'All_Traffic.flow_id': 'b' },
    ]);
  });
});
