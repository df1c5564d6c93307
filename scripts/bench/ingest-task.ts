/**
 * Child-process task: splice's ingest() of one file into a fresh database file.
 * Timed from just before ingest() to its return, which includes creating the
 * table and indexes and the COMMIT; opening the empty file is not timed.
 */
import { rmSync } from 'node:fs';
import { ingest } from '../../src/api/ingest.js';
import { openSqlite } from '../../src/exec/sqlite.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { BENCH_DATASET, BENCH_TABLE, type TaskResult } from './protocol.js';

export async function ingestTask(file: string, format: 'csv' | 'ndjson', dbPath: string): Promise<TaskResult> {
  rmSync(dbPath, { force: true });
  const db = openSqlite(dbPath, 'write');
  try {
    const start = performance.now();
    await ingest(db, sqliteDialect, BENCH_DATASET, [{ path: file, format }]);
    const ms = performance.now() - start;
    const rows = Number(db.prepare(`SELECT COUNT(*) FROM "${BENCH_TABLE}"`).pluck().get());
    return { ms, rows };
  } finally {
    db.close();
  }
}
