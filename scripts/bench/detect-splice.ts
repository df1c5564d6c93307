/**
 * Child-process task: the reference detection through splice's public API, as
 * `splice run --db` does it: compile, open the database read-only, execute the plan
 * (SQL, then rename, convert and iplocation on the result rows). The clock starts
 * before compile and stops when the result table is complete; module loading is
 * outside it. The time zone is UTC so ctime text matches the hand-written query's.
 */
import { compile } from '../../src/api/compile.js';
import { createRuntimeContext } from '../../src/api/runtime-context.js';
import { openIngestedDatabase } from '../../src/api/open-data.js';
import { NO_LOOKUPS } from '../../src/lookups/store.js';
import { executePlan } from '../../src/runtime/run.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { BENCH_TABLE, type TaskResult } from './protocol.js';
import { tableResultRows, writeResultRows } from './result-rows.js';

export function detectSpliceTask(dbPath: string, spl: string, rowsOut: string): TaskResult {
  const start = performance.now();
  const compiled = compile(spl);
  const compiledAt = performance.now();
  const db = openIngestedDatabase(dbPath, BENCH_TABLE);
  try {
    const ctx = createRuntimeContext({ tz: 'UTC', lookups: NO_LOOKUPS, env: process.env });
    const table = executePlan(compiled.plan, db, sqliteDialect, ctx);
    const ms = performance.now() - start;
    const rows = tableResultRows(table);
    writeResultRows(rowsOut, rows);
    return { ms, rows: rows.length, parts: { compile: compiledAt - start } };
  } finally {
    db.close();
  }
}
