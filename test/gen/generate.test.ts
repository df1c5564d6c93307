import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRootTables } from '../../src/datamodels/schema.js';
import type { SqliteDatabase } from '../../src/exec/sqlite.js';
import { DEFAULT_GEN_OPTIONS, generate, generateAll } from '../../src/gen/generate.js';
import { Rng } from '../../src/gen/random.js';
import { ipKey } from '../../src/values/ip.js';
import { contentHash, generatedDb, table, values } from './helpers.js';

const ROWS = 300;

describe('generated databases', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = generatedDb(ROWS, 7);
  });
  afterAll(() => db.close());

  it('gives every root dataset of every model the requested rows', () => {
    for (const t of allRootTables()) expect((db.prepare(`SELECT COUNT(*) AS n FROM "${t.name}"`).get() as { n: number }).n, t.name).toBe(ROWS);
  });

  it('is the same for the same seed, and differs for another seed', () => {
    const names = ['Network_Traffic.All_Traffic', 'Authentication.Authentication', 'Endpoint.Processes'];
    const again = generatedDb(ROWS, 7, names.map(table));
    const other = generatedDb(ROWS, 8, names.map(table));
    for (const name of names) {
      expect(contentHash(again, name), name).toBe(contentHash(db, name));
      expect(contentHash(other, name), name).not.toBe(contentHash(db, name));
    }
  });

  it('fills a table the same whichever other tables are generated with it', () => {
    const alone = generatedDb(ROWS, 7, [table('Web.Web')]);
    expect(contentHash(alone, 'Web.Web')).toBe(contentHash(db, 'Web.Web'));
  });

  it('stores in each IP key column the ipKey of its IP field', () => {
    let checked = 0;
    for (const t of allRootTables()) {
      for (const key of t.columns.filter((c) => c.isIpKey)) {
        const ips = values(db, t.name, key.field);
        const keys = values(db, t.name, key.name);
        ips.forEach((ip, i) => {
          const expected = typeof ip === 'string' ? ipKey(ip) : null;
          expect(expected === null ? null : Buffer.from(expected), `${t.name}.${key.field} = ${String(ip)}`).toEqual(keys[i]);
          if (expected) checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('stores multivalue fields as JSON arrays of 1 to 3 texts', () => {
    const bad: string[] = [];
    let arrays = 0;
    for (const t of allRootTables()) {
      for (const c of t.columns.filter((c) => c.multivalue && !c.isIpKey)) {
        for (const cell of values(db, t.name, c.name)) {
          if (cell === null) continue;
          const parsed: unknown = JSON.parse(cell as string);
          const ok = Array.isArray(parsed) && parsed.length >= 1 && parsed.length <= 3 && parsed.every((v) => typeof v === 'string' && v !== '');
          if (ok) arrays++;
          else bad.push(`${t.name}.${c.name}: ${String(cell)}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(arrays).toBeGreaterThan(1000);
  });

  it('leaves about a tenth of each field empty, but never _time, host, source or sourcetype', () => {
    const t = table('Network_Traffic.All_Traffic');
    for (const c of t.columns.filter((c) => !c.isIpKey)) {
      const nulls = values(db, t.name, c.name).filter((v) => v === null).length;
      if (['_time', 'host', 'source', 'sourcetype'].includes(c.field)) expect(nulls, c.name).toBe(0);
      else expect(nulls, c.name).toBeGreaterThan(0);
    }
    const cells = t.columns.filter((c) => !c.isIpKey).length * ROWS;
    const nulls = t.columns.filter((c) => !c.isIpKey).reduce((n, c) => n + values(db, t.name, c.name).filter((v) => v === null).length, 0);
    expect(nulls / cells).toBeGreaterThan(0.07);
    expect(nulls / cells).toBeLessThan(0.13);
  });

  it('spreads _time as whole epoch seconds over the days asked for', () => {
    const start = Date.UTC(2025, 0, 1) / 1000;
    const one = generatedDb(2000, 1, [table('Endpoint.Processes')], { ...DEFAULT_GEN_OPTIONS, start, days: 2 });
    const times = values(one, 'Endpoint.Processes', '_time') as number[];
    expect(times.every((t) => Number.isInteger(t) && t >= start && t < start + 2 * 86400)).toBe(true);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(1.9 * 86400);
    const defaults = values(db, 'Endpoint.Processes', '_time') as number[];
    expect(Math.min(...defaults)).toBeGreaterThanOrEqual(Date.UTC(2024, 9, 1) / 1000);
    expect(Math.max(...defaults)).toBeLessThan(Date.UTC(2024, 9, 8) / 1000);
  });

  it('appends to a table that already has rows, and returns the rows written', () => {
    const one = generatedDb(10, 1, [table('Web.Web')]);
    expect(generate(one, table('Web.Web'), 5, new Rng(3))).toBe(5);
    const summary = generateAll(one, [table('Web.Web')], 20, 2);
    expect(summary).toEqual([{ table: 'Web.Web', rows: 20, seconds: expect.any(Number) as number }]);
    expect((one.prepare('SELECT COUNT(*) AS n FROM "Web.Web"').get() as { n: number }).n).toBe(35);
  });

  it('creates the IP key indexes of a table it creates', () => {
    const one = generatedDb(10, 1, [table('Network_Traffic.All_Traffic')]);
    const indexes = one.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'Network_Traffic.All_Traffic'").all().map((r) => (r as { name: string }).name);
    expect(indexes).toContain('Network_Traffic.All_Traffic__src_ip__ipkey');
    expect(indexes).toContain('Network_Traffic.All_Traffic__dest_ip__ipkey');
  });
});
