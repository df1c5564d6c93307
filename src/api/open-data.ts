import { ingest, resolveDataset } from './ingest.js';
import { errorNowhere } from '../diagnostics/diagnostic.js';
import { findDataModel } from '../datamodels/catalog.js';
import { hasTable, openSqlite, type SqliteDatabase } from '../exec/sqlite.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';

/** `[DM[.Root]=]FILE`: a data model (and root dataset) before `=` picks the table; otherwise the one the search reads. */
export function parseDataSpec(value: string, fallback: string): { dataset: string; path: string } {
  const m = /^([A-Za-z]\w*)(\.[A-Za-z]\w*)?=(.+)$/.exec(value);
  if (m && findDataModel(m[1] ?? '')) return { dataset: `${m[1] ?? ''}${m[2] ?? ''}`, path: m[3] ?? '' };
  return { dataset: fallback, path: value };
}

/** An ingested database, opened read-only; it must hold `table` ("Model.Root"), the dataset the search reads. */
export function openIngestedDatabase(path: string, table: string): SqliteDatabase {
  const db = openSqlite(path, 'read');
  if (!hasTable(db, table)) {
    db.close();
    throw errorNowhere('bad-input', `${path} has no ${table} table`, [`load data first: splice ingest --db ${path} --datamodel ${table} FILE…`]);
  }
  return db;
}

/** `[DM[.Root]=]FILE` values grouped by the table they load (`table`, the one the search reads, when none is named). */
export function filesByDataset(specs: readonly string[], table: string): Map<string, string[]> {
  const byDataset = new Map<string, string[]>();
  for (const d of specs.map((v) => parseDataSpec(v, table))) {
    const name = resolveDataset(d.dataset).name;
    byDataset.set(name, [...(byDataset.get(name) ?? []), d.path]);
  }
  return byDataset;
}

/** A fresh in-memory database holding the data files (`[DM[.Root]=]FILE`, the search's `table` by default). */
export async function loadDataFiles(specs: readonly string[], table: string): Promise<SqliteDatabase> {
  const db = openSqlite(':memory:', 'write');
  try {
    for (const [dataset, paths] of filesByDataset(specs, table)) await ingest(db, sqliteDialect, dataset, paths.map((path) => ({ path })));
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}
