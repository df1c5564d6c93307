/**
 * Child-process task: the floor for loading rows into SQLite from Node. The rows
 * splice stored are read back (`.raw().iterate()`, so the values are exactly the
 * same) and inserted into a fresh file with the same CREATE TABLE and CREATE INDEX
 * statements, in one transaction with one prepared statement, as better-sqlite3's
 * documentation recommends for bulk loads.
 *
 * Only the insert side is timed: rows are read in batches into an array outside
 * the clock, then each batch's inserts run inside it; BEGIN and COMMIT are timed.
 */
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { BENCH_TABLE, type TaskResult } from './protocol.js';

const BATCH = 10_000;

export function bareTask(sourcePath: string, dbPath: string): TaskResult {
  rmSync(dbPath, { force: true });
  const source = new Database(sourcePath, { readonly: true });
  const target = new Database(dbPath);
  try {
    const ddl = source.prepare('SELECT sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL ORDER BY type DESC').pluck().all(BENCH_TABLE) as string[];
    for (const statement of ddl) target.exec(statement);
    const width = source.prepare(`SELECT COUNT(*) FROM pragma_table_info('${BENCH_TABLE}')`).pluck().get() as number;
    const insert = target.prepare(`INSERT INTO "${BENCH_TABLE}" VALUES (${Array.from({ length: width }, () => '?').join(', ')})`);
    const read = source.prepare(`SELECT * FROM "${BENCH_TABLE}"`).raw(true);
    let ms = 0;
    let rows = 0;
    let batch: unknown[][] = [];
    const flush = (): void => {
      const start = performance.now();
      for (const row of batch) insert.run(row);
      ms += performance.now() - start;
      rows += batch.length;
      batch = [];
    };
    let start = performance.now();
    target.exec('BEGIN');
    ms += performance.now() - start;
    for (const row of read.iterate() as Iterable<unknown[]>) {
      batch.push(row);
      if (batch.length === BATCH) flush();
    }
    flush();
    start = performance.now();
    target.exec('COMMIT');
    ms += performance.now() - start;
    return { ms, rows };
  } finally {
    source.close();
    target.close();
  }
}
