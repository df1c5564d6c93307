import { describe, expect, it } from 'vitest';
import { rowsOf, runSpl } from '../support/run-spl.js';

describe('runSpl support', () => {
  it('counts flows by port through ingest, SQL and decoding', async () => {
    const table = await runSpl('| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port', [
      { src_ip: '10.0.0.1', dest_port: 445 },
      { src_ip: '10.0.0.2', dest_port: 445 },
      { src_ip: '10.0.0.3', dest_port: 80 },
    ]);
    expect(table.fields).toEqual(['All_Traffic.dest_port', 'count']);
    expect(rowsOf(table)).toEqual([
      { 'All_Traffic.dest_port': '445', count: '2' },
      { 'All_Traffic.dest_port': '80', count: '1' },
    ]);
  });
});
