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
  registerUdfs(db);
  return db;
}

export function hasTable(db: SqliteDatabase, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
