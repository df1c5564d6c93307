import { describe, expect, it } from 'vitest';
import { rowsOf, runSpl, type TestEvent } from '../support/run-spl.js';

/** dest_category is multivalue in CIM Network_Traffic; JSON input keeps its values as a list. */
const EVENTS: readonly TestEvent[] = [
  { src_ip: '10.0.0.1', dest_category: ['web', 'pci'], app: 'http' },
  { src_ip: '10.0.0.1', dest_category: ['web'], app: 'ssl' },
  { src_ip: '10.0.0.2', dest_category: 'dns', app: 'dns' },
  { src_ip: '10.0.0.3', app: 'smb' },
];

describe('multivalue data model fields in tstats', () => {
  it('values() and dc() count every value of every event, in byte order', async () => {
    const table = await runSpl('| tstats values(All_Traffic.dest_category) as cats dc(All_Traffic.dest_category) as n count(All_Traffic.dest_category) as c from datamodel=Network_Traffic by All_Traffic.src_ip', EVENTS);
    expect(rowsOf(table)).toEqual([
      { 'All_Traffic.src_ip': '10.0.0.1', cats: ['pci', 'web'], n: '2', c: '3' },
      { 'All_Traffic.src_ip': '10.0.0.2', cats: 'dns', n: '1', c: '1' },
      { 'All_Traffic.src_ip': '10.0.0.3', n: '0', c: '0' },
    ]);
  });

  it('a multivalue BY field gives one group per value; events without it are dropped unless fillnull_value', async () => {
    const plain = await runSpl('| tstats count from datamodel=Network_Traffic by All_Traffic.dest_category', EVENTS);
    expect(rowsOf(plain)).toEqual([
      { 'All_Traffic.dest_category': 'dns', count: '1' },
      { 'All_Traffic.dest_category': 'pci', count: '1' },
      { 'All_Traffic.dest_category': 'web', count: '2' },
    ]);
    const filled = await runSpl('| tstats fillnull_value=none count from datamodel=Network_Traffic by All_Traffic.dest_category', EVENTS);
    expect(rowsOf(filled).map((r) => `${String(r['All_Traffic.dest_category'])}:${String(r.count)}`)).toEqual(['dns:1', 'none:1', 'pci:1', 'web:2']);
  });

  it('a search on a multivalue field matches when any value does; NOT matches when none does', async () => {
    const any = await runSpl('| tstats count from datamodel=Network_Traffic where All_Traffic.dest_category=PCI by All_Traffic.app', EVENTS);
    expect(rowsOf(any)).toEqual([{ 'All_Traffic.app': 'http', count: '1' }]);
    const none = await runSpl('| tstats count from datamodel=Network_Traffic where NOT All_Traffic.dest_category=web by All_Traffic.app', EVENTS);
    expect(rowsOf(none).map((r) => r['All_Traffic.app'])).toEqual(['dns', 'smb']);
  });
});
