import { createHash } from 'node:crypto';
import { allRootTables, type RootTable } from '../../src/datamodels/schema.js';
import { openSqlite, type SqliteDatabase } from '../../src/exec/sqlite.js';
import { generateAll, type GenOptions, DEFAULT_GEN_OPTIONS } from '../../src/gen/generate.js';

/** A fresh in-memory database with `rows` generated events in each of `tables` (all by default). */
export function generatedDb(rows: number, seed: number, tables: readonly RootTable[] = allRootTables(), options: GenOptions = DEFAULT_GEN_OPTIONS): SqliteDatabase {
  const db = openSqlite(':memory:', 'write');
  generateAll(db, tables, rows, seed, options);
  return db;
}

export function table(name: string): RootTable {
  const found = allRootTables().find((t) => t.name === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

/** Every cell of a table in insertion order, hashed: equal hashes mean equal content. */
export function contentHash(db: SqliteDatabase, name: string): string {
  const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw(true).all() as unknown[][];
  const hash = createHash('sha256');
  for (const row of rows) hash.update(JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? `blob:${v.toString('hex')}` : v))) + '\n');
  return hash.digest('hex');
}

export function values(db: SqliteDatabase, name: string, column: string): unknown[] {
  return db.prepare(`SELECT "${column}" AS v FROM "${name}" ORDER BY rowid`).all().map((r) => (r as { v: unknown }).v);
}
