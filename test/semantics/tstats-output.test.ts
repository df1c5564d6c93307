import { describe, expect, it } from 'vitest';
import { column, rowsOf, runSpl, type TestEvent } from '../support/run-spl.js';

/** spl-semantics.md §2.4 (datamodel/nodename), §2.5 (names), §2.6 (fillnull_value), §8.1 (column order). */
const events: TestEvent[] = [
  { src_ip: '10.0.0.1', dest_port: 445, app: 'smb', action: 'allowed' },
  { src_ip: '10.0.0.1', dest_port: 445, app: 'SMB', action: 'blocked' },
  { src_ip: '10.0.0.2', dest_port: 139, action: 'blocked' },
  { dest_port: 80, app: 'http', action: 'allowed' },
];

describe('§2.5/§8.1 output columns', () => {
  it('BY fields first with full names in BY order, then aggregates as written; unnamed ones are named by their call', async () => {
    const table = await runSpl(
      '| tstats values(All_Traffic.app) count dc(All_Traffic.app) as apps from datamodel=Network_Traffic by All_Traffic.src_ip All_Traffic.dest_port',
      events,
    );
    expect(table.fields).toEqual(['All_Traffic.src_ip', 'All_Traffic.dest_port', 'values(All_Traffic.app)', 'count', 'apps']);
    expect(rowsOf(table)).toEqual([
      { 'All_Traffic.src_ip': '10.0.0.1', 'All_Traffic.dest_port': '445', 'values(All_Traffic.app)': ['SMB', 'smb'], count: '2', apps: '2' },
      { 'All_Traffic.src_ip': '10.0.0.2', 'All_Traffic.dest_port': '139', count: '1', apps: '0' },
    ]);
  });

  it('reversing the BY clause reverses the BY columns', async () => {
    const table = await runSpl('| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port All_Traffic.src_ip', events);
    expect(table.fields).toEqual(['All_Traffic.dest_port', 'All_Traffic.src_ip', 'count']);
  });

  it('BaseEvent fields are named without a prefix', async () => {
    const table = await runSpl('| tstats count from datamodel=Network_Traffic by sourcetype', events);
    expect(table.fields).toEqual(['sourcetype', 'count']);
  });

  it('_time as a BY field or in values() reads like earliest(_time): epoch text without ".0"', async () => {
    const table = await runSpl('| tstats earliest(_time) as t values(_time) as v from datamodel=Network_Traffic by _time', [{ _time: 1602633600 }]);
    expect(rowsOf(table)).toEqual([{ _time: '1602633600', t: '1602633600', v: '1602633600' }]);
  });
});

describe('§2.6 null BY fields', () => {
  it('without fillnull_value, rows with a null BY field are dropped', async () => {
    const table = await runSpl('| tstats count from datamodel=Network_Traffic by All_Traffic.src_ip', events);
    expect(rowsOf(table)).toEqual([
      { 'All_Traffic.src_ip': '10.0.0.1', count: '2' },
      { 'All_Traffic.src_ip': '10.0.0.2', count: '1' },
    ]);
  });

  it('a null in any one BY field drops the row', async () => {
    const table = await runSpl('| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port All_Traffic.app', events);
    expect(column(table, 'All_Traffic.dest_port')).toEqual(['445', '445', '80']);
  });

  it('fillnull_value=X turns the null into X, in BY fields only', async () => {
    const table = await runSpl('| tstats fillnull_value=NONE count values(All_Traffic.app) as apps from datamodel=Network_Traffic by All_Traffic.src_ip All_Traffic.app', events);
    expect(rowsOf(table)).toEqual([
      { 'All_Traffic.src_ip': '10.0.0.1', 'All_Traffic.app': 'SMB', count: '1', apps: 'SMB' },
      { 'All_Traffic.src_ip': '10.0.0.1', 'All_Traffic.app': 'smb', count: '1', apps: 'smb' },
      { 'All_Traffic.src_ip': '10.0.0.2', 'All_Traffic.app': 'NONE', count: '1' },
      { 'All_Traffic.src_ip': 'NONE', 'All_Traffic.app': 'http', count: '1', apps: 'http' },
    ]);
  });

  it('fillnull_value=null (ESCU) is the literal text "null"', async () => {
    const table = await runSpl('| tstats fillnull_value=null count from datamodel=Network_Traffic by All_Traffic.src_ip', events);
    expect(column(table, 'All_Traffic.src_ip')).toEqual(['10.0.0.1', '10.0.0.2', 'null']);
  });
});

describe('§2.4 datamodel and nodename', () => {
  it('nodename=All_Traffic.Traffic_By_Action.Blocked_Traffic applies action=blocked', async () => {
    const table = await runSpl('| tstats count from datamodel=Network_Traffic where nodename=All_Traffic.Traffic_By_Action.Blocked_Traffic by All_Traffic.dest_port', events);
    expect(rowsOf(table)).toEqual([
      { 'All_Traffic.dest_port': '139', count: '1' },
      { 'All_Traffic.dest_port': '445', count: '1' },
    ]);
  });

  it('nodename combines with the rest of the WHERE clause (AND)', async () => {
    const spl = '| tstats count from datamodel=Network_Traffic.All_Traffic where nodename=All_Traffic.Traffic_By_Action.Allowed_Traffic All_Traffic.dest_port=445 by All_Traffic.app';
    expect(rowsOf(await runSpl(spl, events))).toEqual([{ 'All_Traffic.app': 'smb', count: '1' }]);
  });

  it('datamodel=Network_Traffic.All_Traffic is the same as datamodel=Network_Traffic', async () => {
    const query = (from: string): string => `| tstats count values(All_Traffic.app) as apps from datamodel=${from} where All_Traffic.dest_port!=80 by All_Traffic.src_ip`;
    const short = rowsOf(await runSpl(query('Network_Traffic'), events));
    expect(short).toHaveLength(2);
    expect(rowsOf(await runSpl(query('Network_Traffic.All_Traffic'), events))).toEqual(short);
  });
});
