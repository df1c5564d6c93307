import { describe, expect, it } from 'vitest';
import { rowsOf, runSpl, type TestEvent } from '../support/run-spl.js';

const EVENTS: readonly TestEvent[] = [
  { src_ip: '10.0.0.1', user_name: 'alice' },
  { src_ip: '10.0.0.2' },
];

/** A data model summary holds only the model's fields, so tstats reads any other name as having no value. */
describe('tstats over a name that is not a data model field', () => {
  it('aggregates see nothing: count is 0, other functions give no field', async () => {
    const table = await runSpl('| tstats count(user_name) as n latest(user_name) as u count from datamodel=Network_Traffic by All_Traffic.src_ip', EVENTS);
    expect(rowsOf(table)).toEqual([
      { 'All_Traffic.src_ip': '10.0.0.1', n: '0', count: '1' },
      { 'All_Traffic.src_ip': '10.0.0.2', n: '0', count: '1' },
    ]);
  });

  it('as a BY field it drops every row, or takes fillnull_value', async () => {
    expect(rowsOf(await runSpl('| tstats count from datamodel=Network_Traffic by user_name', EVENTS))).toEqual([]);
    expect(rowsOf(await runSpl('| tstats fillnull_value=null count from datamodel=Network_Traffic by user_name', EVENTS))).toEqual([{ user_name: 'null', count: '2' }]);
  });

  it('in where it never matches, and NOT of it always does', async () => {
    expect(rowsOf(await runSpl('| tstats count from datamodel=Network_Traffic where user_name=alice', EVENTS))).toEqual([{ count: '0' }]);
    expect(rowsOf(await runSpl('| tstats count from datamodel=Network_Traffic where NOT user_name=alice', EVENTS))).toEqual([{ count: '2' }]);
  });
});
