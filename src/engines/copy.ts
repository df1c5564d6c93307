import type { RootTable } from '../datamodels/schema.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { printSelect } from '../sql/print.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';
import type { Cell, Engine } from './engine.js';

/**
 * Rows sent to an engine at a time: large enough to amortise a round trip (ClickHouse makes a part
 * of every insert, and 5,000-row batches left thousands of parts to merge at 10M rows), small
 * enough to bound memory (tens of MB of cells).
 */
const COPY_BATCH = 50_000;

/**
 * Copies a dataset's table from a SQLite database splice loaded into an engine,
 * creating the table there if needed. The cells go as SQLite holds them, so the
 * engine stores exactly what splice's own searches read.
 */
export async function copyTable(db: SqliteDatabase, table: RootTable, engine: Engine, onProgress?: (rows: number) => void): Promise<number> {
  await engine.createTable(table);
  const select = printSelect({ kind: 'select', columns: table.columns.map((c) => ({ expr: { kind: 'column', name: c.name }, alias: c.name })), from: table.name, groupBy: [], orderBy: [] }, sqliteDialect);
  let batch: Cell[][] = [];
  let copied = 0;
  for (const row of db.prepare(select.sql).raw(true).iterate(...select.params) as Iterable<Cell[]>) {
    batch.push(row);
    if (batch.length < COPY_BATCH) continue;
    await engine.insert(table, batch);
    copied += batch.length;
    onProgress?.(copied);
    batch = [];
  }
  if (batch.length > 0) await engine.insert(table, batch);
  copied += batch.length;
  onProgress?.(copied);
  return copied;
}
