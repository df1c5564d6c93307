import type { SqliteDatabase } from '../exec/sqlite.js';
import { printStatement } from '../sql/ddl.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import type { LookupStore } from './store.js';

/** The table that holds a lookup's rows. */
export function lookupTableName(name: string): string {
  return `lookup:${name}`;
}

/**
 * Copies every lookup of a store into its own table, every column as text, so
 * a database holds the lookups as well as the data models (conformance's
 * empty database). The rows come from the store, already read and trimmed.
 * Returns how many tables were made.
 */
export function loadLookupTables(db: SqliteDatabase, dialect: Dialect, store: LookupStore): number {
  let made = 0;
  for (const name of store.names()) {
    const lookup = store.get(name);
    if (!lookup || lookup.fields.length === 0) continue;
    const table = lookupTableName(name);
    db.exec(printStatement({ kind: 'create-table', table, columns: lookup.fields.map((f) => ({ name: f, type: 'TEXT' })) }, dialect));
    const insert = db.prepare(printStatement({ kind: 'insert', table, columns: lookup.fields }, dialect));
    for (const row of lookup.rows) insert.run(lookup.fields.map((f) => row.get(f) ?? null));
    made++;
  }
  return made;
}
