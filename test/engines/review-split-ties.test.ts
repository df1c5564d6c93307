import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { both, onSqlite, CH_URL, load, type Event, type Loaded } from './review-harness.js';

/**
 * Was a bug (split path): splice_earliest/splice_latest kept the first row seen
 * on a _time tie, and splice_min/splice_max the first of equal numbers written
 * differently ("1.0" vs "1"). On a split, splice's SQLite aggregates the rows in
 * the order the engine's scan returned them, while the reference aggregates
 * them in its own plan's order (the table's, or an IP-key index's). Ties now go
 * to the value first in byte order (src/exec/udfs.ts), whatever the row order.
 */

const T = 1728892800;

describe('split-path ties on DuckDB (the reference reads through the IP-key index)', () => {
  // The reference SQLite reads src_ip=10.0.0.0/8 through the src_ip__ipkey index, so 10.0.0.1 (B, "1") comes first;
  // DuckDB's scan keeps the load order, so splice's local SQLite sees 10.0.0.2 (A, "1.0") first.
  const events: Event[] = [
    { _time: T + 9, src_ip: '10.0.0.3', dest: 'Z', bytes: '5', action: 'allowed' },
    { _time: T + 1, src_ip: '10.0.0.2', dest: 'A', bytes: '1.0', action: 'allowed' },
    { _time: T + 1, src_ip: '10.0.0.1', dest: 'B', bytes: '1', action: 'allowed' },
  ];
  const SPL = '| tstats earliest(All_Traffic.dest) as e min(All_Traffic.bytes) as mn from datamodel=Network_Traffic where All_Traffic.src_ip=10.0.0.0/8 by All_Traffic.action';
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load('duckdb', 'Network_Traffic', events);
  });
  afterAll(async () => {
    await loaded?.close();
  });

  it('SQLite gives A and "1": the tied values first in byte order', async () => {
    expect(await onSqlite(loaded, SPL)).toEqual([{ 'All_Traffic.action': 'allowed', e: 'A', mn: '1' }]);
  });

  it('DuckDB gives the same rows', async () => {
    const r = await both(loaded, SPL);
    expect(r.engine).toBe(r.sqlite);
  });
});

describe.skipIf(CH_URL === undefined)('split-path ties on a 2-shard ClickHouse (the scan returns one shard, then the other)', () => {
  // Rows 0 and 2 go to one shard, 1 and 3 to the other. SQLite: earliest E1 (row 1), latest L0 (row 0).
  // Shard of rows 0,2 first: earliest E2; the other first: latest L3. Either way not SQLite's row.
  const events: Event[] = [
    { _time: T + 9, src_ip: '10.0.0.1', dest: 'L0', bytes: '1', action: 'allowed' },
    { _time: T + 1, src_ip: '10.0.0.1', dest: 'E1', bytes: '1.0', action: 'allowed' },
    { _time: T + 1, src_ip: '10.0.0.1', dest: 'E2', bytes: '1', action: 'allowed' },
    { _time: T + 9, src_ip: '10.0.0.1', dest: 'L3', bytes: '1.0', action: 'allowed' },
  ];
  const SPL = '| tstats earliest(All_Traffic.dest) as e latest(All_Traffic.dest) as l from datamodel=Network_Traffic';
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load('clickhouse', 'Network_Traffic', events);
  });
  afterAll(async () => {
    await loaded?.close();
  });

  it('SQLite gives E1 and L0: the tied values first in byte order', async () => {
    expect(await onSqlite(loaded, SPL)).toEqual([{ e: 'E1', l: 'L0' }]);
  });

  it('ClickHouse gives the same rows', async () => {
    const r = await both(loaded, SPL);
    expect(r.engine).toBe(r.sqlite);
  });
});
