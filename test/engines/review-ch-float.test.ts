import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { both, onSqlite, CH_URL, load, type Event, type Loaded } from './review-harness.js';

/**
 * Was a bug (ClickHouse 18.16): _time went in TabSeparated as String(n), and
 * 18.16's text-to-Float64 parser is not correctly rounded for JavaScript's
 * exponent forms with a negative exponent: "5.7416451925866866e-11" was stored
 * one unit in the last place off. Loads now use RowBinary, the number's bits.
 */

const events: Event[] = [{ _time: '0.000000000057416451925866866', src_ip: '10.0.0.1', app: 'tiny', action: 'allowed' }];
const SPL = '| tstats min(_time) as t from datamodel=Network_Traffic';

describe.skipIf(CH_URL === undefined)('a tiny _time on ClickHouse', () => {
  let loaded: Loaded;
  beforeAll(async () => {
    loaded = await load('clickhouse', 'Network_Traffic', events);
  });
  afterAll(async () => {
    await loaded?.close();
  });

  it('SQLite keeps the number ingest read', async () => {
    expect(await onSqlite(loaded, SPL)).toEqual([{ t: '5.7416451925866866e-11' }]);
  });

  // It gave 5.741645192586686e-11 before loads used RowBinary.
  it('ClickHouse gives the same number', async () => {
    const r = await both(loaded, SPL);
    expect(r.engine).toBe(r.sqlite);
  });
});
