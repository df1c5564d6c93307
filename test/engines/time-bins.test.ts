import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { openDuckDb } from '../../src/engines/duckdb/duckdb-engine.js';
import { placeSelect } from '../../src/engines/placement.js';
import { rootTableNamed } from '../../src/datamodels/schema.js';
import { fillCells, lowerTimeBins } from '../../src/engines/time-bins.js';
import { registerSearchFunctions } from '../../src/exec/udfs.js';
import type { RootTable } from '../../src/datamodels/schema.js';
import { parseSpan, timeBin } from '../../src/runtime/time/bins.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import { col, type Select } from '../../src/sql/ast.js';
import { duckdbDialect } from '../../src/sql/dialects/duckdb.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { printSelect } from '../../src/sql/print.js';

const utc = resolveTimeZone('UTC');
/** splice's search-time SQL functions on a bare connection, in UTC. */
const registerForTest = (db: Database.Database): void => registerSearchFunctions(db, resolveTimeZone('UTC'));

const SPANS = ['1s', '30s', '5m', '1h', '6h', '1d', '2d', '1w'];

function tstatsSelect(span: string): Select {
  const { plan } = compile(`| tstats count from datamodel=Network_Traffic by _time span=${span}`);
  if (plan.source.kind !== 'sql') throw new Error('tstats plans SQL');
  return plan.source.select;
}

function binSelect(span: string): Select {
  const spanOf = parseSpan({ text: span, quoted: false, span: { start: 0, end: 0 } }, true, 'tstats');
  if (spanOf.kind !== 'seconds' && spanOf.kind !== 'days') throw new Error('a fixed span');
  return { kind: 'select', columns: [{ expr: { kind: 'time-floor', expr: col('t'), unit: spanOf.kind, size: spanOf.size }, alias: 'b' }], from: 'v', groupBy: [], orderBy: [] };
}

const expected = (t: number, span: string): number => timeBin(t, parseSpan({ text: span, quoted: false, span: { start: 0, end: 0 } }, true, 'tstats'), utc);

describe('tstats time bins on engines', () => {
  const table = rootTableNamed('Network_Traffic.All_Traffic') as RootTable;

  it('are arithmetic in UTC, so every engine runs the whole query', () => {
    for (const span of SPANS) expect(placeSelect(lowerTimeBins(tstatsSelect(span), utc).select, table, duckdbDialect).kind).toBe('engine');
  });

  it('keep splice\'s function for months and for other zones, so the query is split', () => {
    expect(placeSelect(lowerTimeBins(tstatsSelect('1mon'), utc).select, table, duckdbDialect)).toMatchObject({ kind: 'split', reason: 'splice_time_bin()' });
    expect(placeSelect(lowerTimeBins(tstatsSelect('1h'), resolveTimeZone('Asia/Kolkata')).select, table, duckdbDialect)).toMatchObject({ kind: 'split', reason: 'splice_time_bin()' });
  });

  it('under fillnull_value, group by the bin alone, sort its NULL group last, and leave the fill value to splice', () => {
    const { plan } = compile('| tstats fillnull_value=null count from datamodel=Network_Traffic by _time span=1h');
    if (plan.source.kind !== 'sql') throw new Error('tstats plans SQL');
    const lowered = lowerTimeBins(plan.source.select, utc);
    expect(placeSelect(lowered.select, table, duckdbDialect).kind).toBe('engine');
    expect(lowered.select.columns[0]?.expr.kind).toBe('time-floor');
    expect([...lowered.fills]).toEqual([[0, 'null']]);
    expect([...(lowered.select.nullsLast ?? [])]).toEqual([0]);
    expect(printSelect(lowered.select, duckdbDialect).sql).toContain('ORDER BY 1 NULLS LAST');
  });

  it('under fillnull_value give SQLite\'s own rows, the NULL-time group named and sorted as COALESCE sorts it', async () => {
    const spl = '| tstats fillnull_value=null count from datamodel=Network_Traffic by _time span=1h';
    const { plan } = compile(spl);
    if (plan.source.kind !== 'sql') throw new Error('tstats plans SQL');
    const times = [3600 * 5 + 10, null, 3600 * 2, 3600 * 5 + 3599, null, -1];
    const sqlite = new Database(':memory:');
    const duck = await openDuckDb(':memory:');
    try {
      sqlite.exec('CREATE TABLE "Network_Traffic.All_Traffic" ("_time" NUMERIC)');
      for (const t of times) sqlite.prepare('INSERT INTO "Network_Traffic.All_Traffic" VALUES (?)').run(t);
      await duck.createTable(table);
      await duck.insert(table, times.map((t) => table.columns.map((c) => (c.name === '_time' ? t : null))));
      registerForTest(sqlite);
      const original = printSelect(plan.source.select, sqliteDialect);
      const want = sqlite.prepare(original.sql).raw(true).all(...original.params);
      const lowered = lowerTimeBins(plan.source.select, utc);
      const got = fillCells(await duck.query(printSelect(lowered.select, duckdbDialect)), lowered.fills);
      expect(got).toEqual(want);
      expect(want).toEqual([[-3600, 1], [7200, 1], [18000, 2], ['null', 2]]);
    } finally {
      sqlite.close();
      await duck.close();
    }
  });

  it('give exactly the runtime\'s bin start, in SQLite and DuckDB, for any time (fractions, before 1970)', async () => {
    const times = fc.sample(fc.oneof(fc.integer({ min: -4e9, max: 4e9 }), fc.double({ min: -4e9, max: 4e9, noNaN: true })), { numRuns: 300, seed: 5 });
    const sqlite = new Database(':memory:');
    const duck = await openDuckDb(':memory:');
    try {
      sqlite.exec('CREATE TABLE v (t REAL)');
      const insert = sqlite.prepare('INSERT INTO v VALUES (?)');
      for (const t of times) insert.run(t);
      await duck.query({ sql: 'CREATE TABLE v (t DOUBLE)', params: [] });
      for (const t of times) await duck.query({ sql: 'INSERT INTO v VALUES ($1)', params: [t] });
      for (const span of SPANS) {
        const want = times.map((t) => expected(t, span));
        const s = printSelect(binSelect(span), sqliteDialect);
        expect((sqlite.prepare(s.sql).pluck().all(...s.params) as number[]).map((n) => n + 0)).toEqual(want.map((n) => n + 0));
        const d = printSelect(binSelect(span), duckdbDialect);
        expect((await duck.query(d)).map((row) => Number(row[0]) + 0)).toEqual(want.map((n) => n + 0));
      }
    } finally {
      sqlite.close();
      await duck.close();
    }
  });
});
