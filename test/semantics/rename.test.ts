import { describe, expect, it } from 'vitest';
import { rowsOf, runSpl, type TestEvent } from '../support/run-spl.js';

/** spl-semantics.md §6 (rename), §1.3 (drop_dm_object_name = rename "<object>.*" as *). */
const events: TestEvent[] = [
  { flow_id: 'a', src_ip: '10.0.0.1', dest_ip: '192.0.2.1', app: 'smb' },
  { flow_id: 'b', src_ip: '10.0.0.2', dest_ip: '192.0.2.2' },
];
const BASE =
  '| tstats values(All_Traffic.app) as app count from datamodel=Network_Traffic by All_Traffic.flow_id All_Traffic.src_ip All_Traffic.dest_ip';

describe('§6 rename', () => {
  it('All_Traffic.* as * strips the prefix and leaves other fields alone', async () => {
    const table = await runSpl(`${BASE} | rename All_Traffic.* as *`, events);
    expect(table.fields).toEqual(['flow_id', 'src_ip', 'dest_ip', 'app', 'count']);
    expect(rowsOf(table)).toEqual([
      { flow_id: 'a', src_ip: '10.0.0.1', dest_ip: '192.0.2.1', app: 'smb', count: '1' },
      { flow_id: 'b', src_ip: '10.0.0.2', dest_ip: '192.0.2.2', count: '1' },
    ]);
  });

  it('the quoted form "All_Traffic.*" (drop_dm_object_name) is the same', async () => {
    const table = await runSpl(`${BASE} | rename "All_Traffic.*" as *`, events);
    expect(table.fields).toEqual(['flow_id', 'src_ip', 'dest_ip', 'app', 'count']);
  });

  it('the . in a pattern is literal: All_Traffic.* does not match All_TrafficX…', async () => {
    const table = await runSpl('| tstats count as All_TrafficXcount from datamodel=Network_Traffic by All_Traffic.flow_id | rename All_Traffic.* as *', events);
    expect(table.fields).toEqual(['flow_id', 'All_TrafficXcount']);
  });

  it('*_ip as ip_* moves the captured text to the new position; fields keep their column position', async () => {
    const table = await runSpl(`${BASE} | rename All_Traffic.* as * | rename *_ip as ip_*`, events);
    expect(table.fields).toEqual(['flow_id', 'ip_src', 'ip_dest', 'app', 'count']);
    expect(rowsOf(table)[0]).toEqual({ flow_id: 'a', ip_src: '10.0.0.1', ip_dest: '192.0.2.1', app: 'smb', count: '1' });
  });

  it('a plain rename keeps the position of the renamed field', async () => {
    const table = await runSpl(`${BASE} | rename All_Traffic.src_ip as source`, events);
    expect(table.fields).toEqual(['All_Traffic.flow_id', 'source', 'All_Traffic.dest_ip', 'app', 'count']);
  });

  it('a collision overwrites the target, and removes it in rows where the source is missing', async () => {
    // app exists only in flow a; dest_ip exists in both. Renaming app onto dest_ip must not merge them.
    const table = await runSpl(`${BASE} | rename All_Traffic.* as * | rename app as dest_ip`, events);
    expect(table.fields).toEqual(['flow_id', 'src_ip', 'dest_ip', 'count']);
    expect(rowsOf(table)).toEqual([
      { flow_id: 'a', src_ip: '10.0.0.1', dest_ip: 'smb', count: '1' },
      { flow_id: 'b', src_ip: '10.0.0.2', count: '1' },
    ]);
  });

  it('a wildcard collision: BY All_Traffic.action wins over the aggregate named action (ESCU v14)', async () => {
    const spl = '| tstats values(All_Traffic.app) as action count from datamodel=Network_Traffic by All_Traffic.action | rename All_Traffic.* as *';
    const table = await runSpl(spl, [{ action: 'allowed', app: 'smb' }]);
    expect(table.fields).toEqual(['action', 'count']);
    expect(rowsOf(table)).toEqual([{ action: 'allowed', count: '1' }]);
  });

  it('renaming a field no row has onto an existing field removes that field ("If fieldB does exist, the data in fieldB is removed")', async () => {
    const table = await runSpl(`${BASE} | rename nosuch as app`, events);
    expect(table.fields).toEqual(['All_Traffic.flow_id', 'All_Traffic.src_ip', 'All_Traffic.dest_ip', 'count']);
    expect(rowsOf(table).map((r) => r.app)).toEqual([undefined, undefined]);
  });

  it('renaming a field no row has to a new name changes nothing', async () => {
    const table = await runSpl(`${BASE} | rename nosuch as other`, events);
    expect(table.fields).toEqual(['All_Traffic.flow_id', 'All_Traffic.src_ip', 'All_Traffic.dest_ip', 'app', 'count']);
    expect(rowsOf(table)[0]?.app).toBe('smb');
  });
});
