import { allRootTables } from '../../../src/datamodels/schema.js';
import { openSqlite, type SqliteDatabase } from '../../../src/exec/sqlite.js';
import { registerSearchFunctions } from '../../../src/exec/udfs.js';
import { ensureTable } from '../../../src/ingest/table-writer.js';
import { resolveTimeZone } from '../../../src/runtime/time/zone.js';
import { sqliteDialect } from '../../../src/sql/dialects/sqlite.js';

let db: SqliteDatabase | undefined;

/** An in-memory database with every data model table and splice's functions (those of a UTC search too), made once. */
export function schemaDatabase(): SqliteDatabase {
  if (db === undefined) {
    const opened = openSqlite(':memory:', 'write');
    for (const table of allRootTables()) ensureTable(opened, table, sqliteDialect);
    registerSearchFunctions(opened, resolveTimeZone('UTC'));
    db = opened;
  }
  return db;
}
