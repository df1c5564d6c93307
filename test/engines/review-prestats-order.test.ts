import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { both, onSqlite, CH_URL, load, PG_URL, type EngineName, type Event, type Loaded } from './review-harness.js';

/**
 * Was a bug (all engines): `tstats prestats=true` emitted one row per event
 * ordered only by the BY fields, so rows that tie on them came in whatever
 * order the engine's sort left them (DuckDB's and PostgreSQL's sorts are not
 * stable; a ClickHouse cluster merges its shards' streams), and the stats after
 * it is order-dependent (earliest/latest keep the first of equal _times,
 * sum/avg add floats in row order). Prestats rows are now ordered by every
 * column after the BY fields (src/plan/commands/tstats-scan.ts), so rows that
 * still tie are equal.
 */

const T = 1728892800;

function events(): Event[] {
  const out: Event[] = [
    // One group of four rows, loaded first: on a 2-shard ClickHouse rows 0 and 2 go to one shard, 1 and 3 to the other,
    // so whichever shard's stream comes first, earliest or latest picks another row than SQLite does.
    { _time: T + 9, src_ip: '10.0.0.9', dest: 'L0', bytes: '1e16', action: 'allowed' },
    { _time: T + 1, src_ip: '10.0.0.9', dest: 'E1', bytes: '1', action: 'allowed' },
    { _time: T + 1, src_ip: '10.0.0.9', dest: 'E2', bytes: '-1e16', action: 'allowed' },
    { _time: T + 9, src_ip: '10.0.0.9', dest: 'L3', bytes: '1', action: 'allowed' },
  ];
  // Then many rows whose BY values interleave, all at one _time, so a sort must move them and meets ties everywhere.
  const bytes = ['0.1', '0.2', '0.3', '1e16', '1', '-1e16', '0.7', '3.3'];
  for (let i = 0; i < 300; i++) out.push({ _time: T, src_ip: `10.0.0.${i % 3}`, dest: `d${i}`, bytes: bytes[(i * 5) % bytes.length] ?? '0', action: 'allowed' });
  return out;
}

const EARLIEST = '| tstats prestats=true earliest(All_Traffic.dest) latest(All_Traffic.dest) from datamodel=Network_Traffic by All_Traffic.src_ip | stats earliest(All_Traffic.dest) latest(All_Traffic.dest) by All_Traffic.src_ip';
const SUM = '| tstats prestats=true sum(All_Traffic.bytes) from datamodel=Network_Traffic by All_Traffic.src_ip | stats sum(All_Traffic.bytes) by All_Traffic.src_ip';

function suite(name: EngineName): void {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load(name, 'Network_Traffic', events());
  });
  afterAll(async () => {
    await loaded?.close();
  });

  it('SQLite itself: earliest/latest on a _time tie keep the first row in prestats order (BY fields, then every column)', async () => {
    const rows = (await onSqlite(loaded, EARLIEST)) as Record<string, string>[];
    expect(rows.find((r) => r['All_Traffic.src_ip'] === '10.0.0.9')).toEqual({ 'All_Traffic.src_ip': '10.0.0.9', 'earliest(All_Traffic.dest)': 'E1', 'latest(All_Traffic.dest)': 'L0' });
    expect(rows.find((r) => r['All_Traffic.src_ip'] === '10.0.0.0')?.['earliest(All_Traffic.dest)']).toBe('d0');
  });

  it(`prestats earliest/latest with _time ties: ${name} = SQLite`, async () => {
    const r = await both(loaded, EARLIEST);
    expect(r.engine).toBe(r.sqlite);
  });

  // Summing floats in another order would differ (e.g. 1e16 + 1 - 1e16 is 0 or 1).
  it(`prestats sum of floats: ${name} = SQLite`, async () => {
    const r = await both(loaded, SUM);
    expect(r.engine).toBe(r.sqlite);
  });
}

describe('prestats row order on DuckDB', () => suite('duckdb'));
describe.skipIf(PG_URL === undefined)('prestats row order on PostgreSQL', () => suite('postgres'));
describe.skipIf(CH_URL === undefined)('prestats row order on ClickHouse', () => suite('clickhouse'));
