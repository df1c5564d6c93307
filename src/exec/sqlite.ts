import Database from 'better-sqlite3';
import { errorInFile } from '../diagnostics/diagnostic.js';
import { registerUdfs } from './udfs.js';

export type SqliteDatabase = Database.Database;

/**
 * Memory-maps the first 64 MiB of a searched file, so small databases are read
 * in place instead of copied into SQLite's cache. A mapping as large as the
 * file (2 GiB) cut 20-40% of the CPU of a scan over 2M flows, but every mapped
 * page then counts as the process's resident memory (2.2 GB for a 2.2 GB
 * file), and splice's memory target (BENCHMARKS.md: under 300 MB at 10M rows)
 * is measured as resident memory. A bigger page cache did not help, and
 * temp_store=MEMORY cost 25% on a GROUP BY of 1.3M groups.
 */
const READ_MMAP_BYTES = 64 * 2 ** 20;

/**
 * Opens a SQLite database with splice's functions registered. Queries open
 * files read-only, so nothing in a search can change the data.
 */
export function openSqlite(path: string, mode: 'read' | 'write'): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    db = path === ':memory:' ? new Database(':memory:') : new Database(path, { readonly: mode === 'read', fileMustExist: mode === 'read' });
  } catch (e) {
    throw errorInFile('io-error', `cannot open database: ${e instanceof Error ? e.message : String(e)}`, path);
  }
  try {
    // SQLite opens any file lazily; reading the schema is what finds a file that is not a database.
    db.pragma('schema_version', { simple: true });
  } catch (e) {
    db.close();
    throw errorInFile('bad-input', `not a SQLite database (${e instanceof Error ? e.message : String(e)})`, path);
  }
  if (mode === 'read' && path !== ':memory:') {
    db.pragma(`mmap_size = ${READ_MMAP_BYTES}`);
    // Read-only files still allow VACUUM INTO another path; query_only refuses every write.
    db.pragma('query_only = ON');
  }
  registerUdfs(db);
  return db;
}

export function hasTable(db: SqliteDatabase, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** One step of SQLite's plan for a query, nested under its parent step. */
export interface PlanStep {
  readonly depth: number;
  readonly detail: string;
}

/** SQLite's EXPLAIN QUERY PLAN for `sql` with its parameters bound (with statistics, the values steer the plan). */
export function explainQueryPlan(db: SqliteDatabase, sql: string, params: readonly unknown[]): PlanStep[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { id: number; parent: number; detail: string }[];
  const depths = new Map<number, number>([[0, -1]]);
  return rows.map((row) => {
    const depth = (depths.get(row.parent) ?? -1) + 1;
    depths.set(row.id, depth);
    return { depth, detail: row.detail };
  });
}
