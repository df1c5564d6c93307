import { join } from 'node:path';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { csvSource } from '../ingest/readers/csv.js';
import { printStatement } from '../sql/ddl.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import type { LookupDefinition } from './definitions.js';

/** The table that holds a CSV lookup's rows. */
export function lookupTableName(name: string): string {
  return `lookup:${name}`;
}

/** Loads each file-based lookup into its own table, every column as text. Returns how many were loaded. */
export async function loadLookupTables(db: SqliteDatabase, dialect: Dialect, dir: string, definitions: readonly LookupDefinition[]): Promise<number> {
  let loaded = 0;
  for (const definition of definitions) {
    if (definition.filename === undefined || !definition.filename.toLowerCase().endsWith('.csv')) continue;
    const rows: ReadonlyMap<string, string | readonly string[]>[] = [];
    const columns = new Set<string>();
    for await (const record of csvSource(join(dir, definition.filename)).records()) {
      rows.push(record.values);
      for (const key of record.values.keys()) columns.add(key);
    }
    const table = lookupTableName(definition.name);
    const names = [...columns];
    if (names.length === 0) continue;
    db.exec(printStatement({ kind: 'create-table', table, columns: names.map((name) => ({ name, type: 'TEXT' })) }, dialect));
    const insert = db.prepare(printStatement({ kind: 'insert', table, columns: names }, dialect));
    for (const row of rows) insert.run(names.map((n) => cell(row.get(n))));
    loaded++;
  }
  return loaded;
}

function cell(value: string | readonly string[] | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : value.join('\n');
}
