import { ingest, resolveDataset } from '../api/ingest.js';
import { errorNowhere } from '../diagnostics/diagnostic.js';
import { findDataModel } from '../datamodels/catalog.js';
import { hasTable, openSqlite, type SqliteDatabase } from '../exec/sqlite.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';
import { UsageError } from './io.js';
import { listOf } from './options.js';

/** `--data [DM[.Root]=]FILE`: a data model (and root dataset) before `=` picks the table; otherwise the one the search reads. */
export function parseDataFlag(value: string, fallback: string): { dataset: string; path: string } {
  const m = /^([A-Za-z]\w*)(\.[A-Za-z]\w*)?=(.+)$/.exec(value);
  if (m && findDataModel(m[1] ?? '')) return { dataset: `${m[1] ?? ''}${m[2] ?? ''}`, path: m[3] ?? '' };
  return { dataset: fallback, path: value };
}

/**
 * Opens `--db` read-only, or loads `--data` files into a fresh in-memory
 * database. `table` is the dataset table the search reads ("Model.Root").
 */
export async function openData(flags: { db?: string; data?: string | readonly string[] }, table: string): Promise<SqliteDatabase> {
  const data = listOf(flags.data);
  if (flags.db !== undefined && data.length > 0) throw new UsageError('use either --db FILE or --data FILE…, not both');
  if (flags.db !== undefined) {
    const db = openSqlite(flags.db, 'read');
    if (!hasTable(db, table)) {
      db.close();
      throw errorNowhere('bad-input', `${flags.db} has no ${table} table`, [`load data first: splice ingest --db ${flags.db} --datamodel ${table} FILE…`]);
    }
    return db;
  }
  if (data.length === 0) throw new UsageError('no data: give --db FILE (from splice ingest) or --data FILE');
  const db = openSqlite(':memory:', 'write');
  const byDataset = new Map<string, string[]>();
  for (const d of data.map((v) => parseDataFlag(v, table))) {
    const name = resolveDataset(d.dataset).name;
    byDataset.set(name, [...(byDataset.get(name) ?? []), d.path]);
  }
  for (const [dataset, paths] of byDataset) await ingest(db, sqliteDialect, dataset, paths.map((path) => ({ path })));
  return db;
}
