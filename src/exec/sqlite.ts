import Database from 'better-sqlite3';
import { errorInFile } from '../diagnostics/diagnostic.js';
import { registerUdfs } from './udfs.js';

export type SqliteDatabase = Database.Database;

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
    // No memory map: a mapping as large as the file cut 20-40% of a 2M-flow scan's CPU but counted every
    // page of the file as resident memory (2.2 GB for a 2.2 GB file); even 64 MiB put the reference
    // detection over its 300 MB target at 10M rows (349 MB). A bigger page cache did not help.
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
