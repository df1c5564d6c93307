import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { col, param, type Select } from '../../src/sql/ast.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { printSelect } from '../../src/sql/print.js';

function select(columnName: string, value: string): Select {
  return {
    kind: 'select',
    columns: [{ expr: col(columnName), alias: columnName }],
    from: 't',
    where: { kind: 'text-equals', left: col(columnName), right: param(value), fold: 'ascii' },
    groupBy: [],
    orderBy: [],
  };
}

/** A small seeded generator (mulberry32) so failures reproduce. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY = ['"', "'", ';', '-', '-', ' ', '\n', '`', '[', ']', '(', ')', 'é', '漢', '😀', 'a', 'b', '.', '*', '%', '\\'];

function nastyName(next: () => number): string {
  const length = 1 + Math.floor(next() * 12);
  let name = '';
  for (let i = 0; i < length; i++) name += NASTY[Math.floor(next() * NASTY.length)] ?? 'x';
  return name;
}

describe('SQL printing', () => {
  it('never inlines a value: hostile text only appears as a parameter', () => {
    const hostile = "x'); DROP TABLE t; --";
    const printed = printSelect(select('app', hostile), sqliteDialect);
    expect(printed.sql).toBe('SELECT "app" AS "app"\nFROM "t"\nWHERE ("app" = ? COLLATE NOCASE)');
    expect(printed.params).toEqual([hostile]);
  });

  it('quotes identifiers by doubling embedded quotes', () => {
    expect(sqliteDialect.quoteIdentifier('a"b')).toBe('"a""b"');
    expect(sqliteDialect.quoteIdentifier('All_Traffic.src_ip')).toBe('"All_Traffic.src_ip"');
    expect(() => sqliteDialect.quoteIdentifier('a\u0000b')).toThrow(RangeError);
  });

  it('property: any column name and value round-trip through SQLite unchanged', () => {
    const next = random(20261127);
    const db = new Database(':memory:');
    for (let i = 0; i < 300; i++) {
      const name = nastyName(next);
      const value = nastyName(next);
      const q = sqliteDialect.quoteIdentifier(name);
      db.exec(`DROP TABLE IF EXISTS "t"; CREATE TABLE "t" (${q} TEXT)`);
      db.prepare(`INSERT INTO "t" (${q}) VALUES (?)`).run(value);
      const printed = printSelect(select(name, value), sqliteDialect);
      const rows = db.prepare(printed.sql).all(...printed.params) as Record<string, string>[];
      expect(rows).toEqual([{ [name]: value }]);
    }
    db.close();
  });
});
