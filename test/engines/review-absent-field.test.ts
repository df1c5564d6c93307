import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { both, onSqlite, CH_URL, load, PG_URL, type EngineName, type Event, type Loaded } from './review-harness.js';

/**
 * A field the data model lacks (here a case slip, All_Traffic.Dest_Port:
 * splice warns and reads it as having no value) becomes a NULL value in SQL:
 * `param(null)` for a BY field (src/plan/commands/tstats-scan.ts:55, with
 * `NULL IS NOT NULL` in the WHERE, :70) and `COUNT(NULL)` for count()
 * (src/plan/commands/tstats-aggregates.ts:43).
 *
 * BUG (PostgreSQL, crash): the server dialect binds NULL as an untyped $n
 * (src/sql/dialects/standard.ts:43-46); PostgreSQL cannot type `COUNT($1)` or
 * `$2 IS NOT NULL` and refuses: "could not determine data type of parameter $n".
 *
 * BUG (ClickHouse, wrong row): the BY key is the constant NULL (or
 * coalesce(NULL, 'fill')), written as `GROUP BY NULL` (src/sql/dialects/clickhouse.ts:40).
 * ClickHouse drops constant GROUP BY keys and aggregates with no key, which
 * gives one row even when no event passes: count=0 (with the fill value under
 * fillnull_value). SQLite, DuckDB and PostgreSQL give no row.
 */

const T = 1728892800;
const events: Event[] = [
  { _time: T, src_ip: '10.0.0.1', dest_port: '445', app: 'smb', action: 'allowed' },
  { _time: T + 1, src_ip: '10.0.0.2', dest_port: '80', app: 'http', action: 'allowed' },
];

const COUNT_ABSENT = '| tstats count(All_Traffic.Dest_Port) as c from datamodel=Network_Traffic';
const BY_ABSENT = '| tstats count from datamodel=Network_Traffic by All_Traffic.Dest_Port';
const BY_ABSENT_FILLED = '| tstats fillnull_value=NA count from datamodel=Network_Traffic where All_Traffic.app=nothing by All_Traffic.Dest_Port';

function suite(name: EngineName): void {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load(name, 'Network_Traffic', events);
  });
  afterAll(async () => {
    await loaded?.close();
  });

  it('SQLite: count 0; no group; no group', async () => {
    const results = (spl: string): Promise<unknown> => onSqlite(loaded, spl);
    expect(await results(COUNT_ABSENT)).toEqual([{ c: '0' }]);
    expect(await results(BY_ABSENT)).toEqual([]);
    expect(await results(BY_ABSENT_FILLED)).toEqual([]);
  });

  for (const spl of [COUNT_ABSENT, BY_ABSENT, BY_ABSENT_FILLED]) {
    it(`${name}: ${spl}`, async () => {
      const r = await both(loaded, spl);
      expect(r.engine).toBe(r.sqlite);
    });
  }
}

describe('absent fields on DuckDB', () => suite('duckdb'));
// Was a bug: PostgreSQL refused COUNT($1) and `$2 IS NOT NULL` with NULL bound (now the literal NULL).
describe.skipIf(PG_URL === undefined)('absent fields on PostgreSQL', () => suite('postgres'));
// Was a bug: ClickHouse answered a row (count 0) for a constant GROUP BY key over no events (now HAVING count() > 0).
describe.skipIf(CH_URL === undefined)('absent fields on ClickHouse', () => suite('clickhouse'));
