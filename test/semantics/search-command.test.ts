import { describe, expect, it } from 'vitest';
import { column, rowsOf, runSpl, type TestEvent } from '../support/run-spl.js';

/** `| search` after tstats (spl-semantics.md §1.4, §3): filters result rows by their field names and values. */
const events = [
  { src_ip: '10.0.0.1', app: 'smb' },
  { src_ip: '10.0.0.1', app: 'http' },
  { src_ip: '10.0.0.2', app: 'dns' },
  { src_ip: '10.0.0.3', app: 'smb' },
  ...Array.from({ length: 10 }, () => ({ src_ip: '10.0.0.4', app: 'ntp' })),
];
const BY_SRC = '| tstats values(All_Traffic.app) as app count from datamodel=Network_Traffic by All_Traffic.src_ip';

describe('| search', () => {
  it('search * (the default *_filter body) keeps every row and every field', async () => {
    const all = await runSpl(BY_SRC, events);
    const filtered = await runSpl(`${BY_SRC} | search *`, events);
    expect(filtered.fields).toEqual(all.fields);
    expect(rowsOf(filtered)).toEqual(rowsOf(all));
    expect(filtered.rows).toHaveLength(4);
  });

  it('sees the names tstats produced: All_Traffic.src_ip before rename, src_ip after', async () => {
    expect(column(await runSpl(`${BY_SRC} | search All_Traffic.src_ip=10.0.0.2`, events), 'All_Traffic.src_ip')).toEqual(['10.0.0.2']);
    expect(column(await runSpl(`${BY_SRC} | search src_ip=10.0.0.2`, events), 'All_Traffic.src_ip')).toEqual([]);
    expect(column(await runSpl(`${BY_SRC} | rename All_Traffic.* as * | search src_ip=10.0.0.2`, events), 'src_ip')).toEqual(['10.0.0.2']);
  });

  it('a multivalue field matches when any of its values does; NOT excludes such a row', async () => {
    expect(column(await runSpl(`${BY_SRC} | search app=SMB`, events), 'All_Traffic.src_ip')).toEqual(['10.0.0.1', '10.0.0.3']);
    expect(column(await runSpl(`${BY_SRC} | search NOT app=smb`, events), 'All_Traffic.src_ip')).toEqual(['10.0.0.2', '10.0.0.4']);
  });

  it('compares a count numerically: count>9 keeps 10, though as text "10" < "9" (§3.7)', async () => {
    expect(column(await runSpl(`${BY_SRC} | search count>9`, events), 'All_Traffic.src_ip')).toEqual(['10.0.0.4']);
    expect(column(await runSpl(`${BY_SRC} | search count<10`, events), 'All_Traffic.src_ip')).toEqual(['10.0.0.1', '10.0.0.2', '10.0.0.3']);
  });

  it('an aggregate value is matched as text: count=2 and not count=2.0', async () => {
    expect(column(await runSpl(`${BY_SRC} | search count=2`, events), 'All_Traffic.src_ip')).toEqual(['10.0.0.1']);
    expect(column(await runSpl(`${BY_SRC} | search count=2.0`, events), 'All_Traffic.src_ip')).toEqual([]);
  });

  it('the fillnull_value text "null" is ordinary data: it exists and is in no subnet', async () => {
    const spl = '| tstats fillnull_value=null count from datamodel=Network_Traffic by All_Traffic.dest_ip | rename All_Traffic.* as *';
    const flows: TestEvent[] = [{ dest_ip: '10.0.0.9' }, {}];
    expect(column(await runSpl(`${spl} | search dest_ip=*`, flows), 'dest_ip')).toEqual(['10.0.0.9', 'null']);
    expect(column(await runSpl(`${spl} | search NOT dest_ip IN ("10.0.0.0/8")`, flows), 'dest_ip')).toEqual(['null']);
  });

  it('keeps the column order and drops no field', async () => {
    const table = await runSpl(`${BY_SRC} | rename All_Traffic.* as * | search app=ntp`, events);
    expect(table.fields).toEqual(['src_ip', 'app', 'count']);
    expect(rowsOf(table)).toEqual([{ src_ip: '10.0.0.4', app: 'ntp', count: '10' }]);
  });
});
